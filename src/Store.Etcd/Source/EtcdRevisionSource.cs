namespace Lab.CowStore.Etcd;

/// <summary>
/// The value of one key at one revision, already fetched (by a watch event or a read), as a source for
/// <see cref="SnapshotStore{T}.ReloadAsync(ISnapshotSource{T}, CancellationToken)"/>: parsing happens in
/// <see cref="LoadAsync"/>, so an invalid value or a deleted key is a reload failure like any other
/// (counted, the old snapshot kept), never an exception of the watch loop.
/// </summary>
/// <typeparam name="T">The parsed value type.</typeparam>
internal sealed class EtcdRevisionSource<T>(EtcdSnapshotSource<T> key, EtcdKeyRead read) : ISnapshotSource<EtcdValue<T>>
{
    public string Name => key.Name;

    public ValueTask<EtcdValue<T>> LoadAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(key.Parse(read));
}
