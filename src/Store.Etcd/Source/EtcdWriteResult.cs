namespace Lab.CowStore.Etcd;

/// <summary>The outcome of <see cref="EtcdSnapshotSource{T}.CompareAndSetAsync"/>.</summary>
/// <param name="Status">Written or Conflict.</param>
/// <param name="ModRevision">
/// When written, the new mod revision of the key (the revision of this write); on conflict, the key's
/// current mod revision (0 when the key does not exist), to read and retry from.
/// </param>
public sealed record EtcdWriteResult(EtcdWriteStatus Status, long ModRevision)
{
    /// <summary>True when the value was written.</summary>
    public bool IsWritten => Status == EtcdWriteStatus.Written;
}
