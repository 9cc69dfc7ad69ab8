namespace Lab.CowStore.Etcd;

/// <summary>How a compare-and-set on an etcd key ended.</summary>
public enum EtcdWriteStatus
{
    /// <summary>The key's mod revision was the expected one; the value is written.</summary>
    Written,

    /// <summary>The key's mod revision was another one (someone else wrote first); nothing is written.</summary>
    Conflict,
}
