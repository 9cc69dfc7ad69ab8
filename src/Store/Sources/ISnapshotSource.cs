namespace Lab.CowStore;

/// <summary>
/// Where a store's value comes from on <see cref="SnapshotStore{T}.ReloadAsync(ISnapshotSource{T}, CancellationToken)"/>:
/// a file, a remote service, a database. Implementations report bad input by throwing
/// <see cref="SnapshotSourceException"/> with a message that says where and what.
/// </summary>
/// <typeparam name="T">The store's value type.</typeparam>
public interface ISnapshotSource<T>
{
    /// <summary>Names the source in error messages (a path, a URL).</summary>
    string Name { get; }

    /// <summary>Loads a complete new value. Must not return a partially loaded value.</summary>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The loaded value.</returns>
    /// <exception cref="SnapshotSourceException">The source is unreadable or its content is invalid.</exception>
    ValueTask<T> LoadAsync(CancellationToken cancellationToken);
}
