namespace Lab.CowStore.Etcd;

/// <summary>
/// A value read from one etcd key together with the key's etcd mod revision (the revision of the write
/// that produced it). A store of <see cref="EtcdValue{T}"/> carries the revision in every snapshot beside
/// its own version: the version counts this process's publishes, the mod revision names the etcd write,
/// the same in every process, and is what <see cref="EtcdSnapshotSource{T}.CompareAndSetAsync"/> expects.
/// </summary>
/// <typeparam name="T">The parsed value; immutable, like every store value.</typeparam>
/// <param name="Value">The parsed value.</param>
/// <param name="ModRevision">The key's mod revision in etcd for this value.</param>
public sealed record EtcdValue<T>(T Value, long ModRevision);
