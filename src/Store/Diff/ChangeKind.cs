namespace Lab.CowStore;

/// <summary>What happened to one member between two snapshots.</summary>
public enum ChangeKind
{
    /// <summary>The member, element or key exists only in the newer value (or was null before).</summary>
    Added,

    /// <summary>The member, element or key exists only in the older value (or is null now).</summary>
    Removed,

    /// <summary>The member exists in both and its value differs.</summary>
    Changed,
}
