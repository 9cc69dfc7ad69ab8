namespace Lab.Maps;

/// <summary>The factory of every design in this assembly: one <see cref="MapKind"/>, default settings.</summary>
/// <param name="Kind">The design it makes.</param>
internal sealed record CatalogMapFactory(MapKind Kind) : IMapFactory
{
    /// <inheritdoc />
    public IConcurrentMap<TKey, TValue> Create<TKey, TValue>(
        IEqualityComparer<TKey>? comparer,
        IEnumerable<KeyValuePair<TKey, TValue>>? initial)
        where TKey : notnull
        => Kind switch
        {
            MapKind.CopyOnWrite => new CopyOnWriteMap<TKey, TValue>(initial, comparer),
            MapKind.ReaderWriterLock => new ReaderWriterLockMap<TKey, TValue>(initial, comparer),
            MapKind.Concurrent => new ConcurrentDictionaryMap<TKey, TValue>(initial, comparer),
            MapKind.ShardedCopyOnWrite => new ShardedCowMap<TKey, TValue>(initial, comparer),
            MapKind.Hamt => new HamtMap<TKey, TValue>(initial, comparer),
            MapKind.Layered => new LayeredMap<TKey, TValue>(initial, comparer),
            MapKind.Batched => new BatchedCowMap<TKey, TValue>(initial, comparer),
            MapKind.CompareAndSwap => new CasCowMap<TKey, TValue>(initial, comparer),
            MapKind.LeftRight => new LeftRightMap<TKey, TValue>(initial, comparer),
            MapKind.Immutable => new ImmutableDictionaryMap<TKey, TValue>(initial, comparer),
            MapKind.Frozen => new FrozenRebuildMap<TKey, TValue>(initial, comparer),
            MapKind.Dictionary => new DictionaryMap<TKey, TValue>(initial, comparer),
            _ => throw new InvalidOperationException($"Unknown map kind {Kind}."),
        };
}
