namespace Lab.Maps;

/// <summary>
/// Every map in the lab, in the order reports list them. Tests, benchmarks and the plotter all take
/// their list from here, so adding a design means adding one entry.
/// </summary>
public static class MapCatalog
{
    /// <summary>Every entry, the unsynchronized baseline included.</summary>
    public static IReadOnlyList<MapDescriptor> All { get; } =
    [
        new(
            MapKind.CopyOnWrite,
            "cow",
            "Copy-on-write Dictionary",
            IsThreadSafe: true,
            IsReferenceRow: false,
            new MapGuarantees(
                ReadPath: "one volatile load + Dictionary lookup; no lock",
                WritePath: "lock; clone whole Dictionary (no rehash); volatile publish",
                ReaderSees: "a whole published state; a write is visible once it returns",
                BatchAtomicity: "atomic (one clone, one publish)",
                FailedBatchLeaves: "nothing (the private clone is dropped)",
                SnapshotCost: "O(1): the published Dictionary",
                MemoryBehavior: "O(n) garbage per write; LOH from ~5K entries",
                AtomicBatch: true,
                FailedBatchChangesNothing: true,
                ConstantTimeSnapshot: true)),
        new(
            MapKind.ReaderWriterLock,
            "rwlock",
            "ReaderWriterLockSlim + Dictionary",
            IsThreadSafe: true,
            IsReferenceRow: false,
            new MapGuarantees(
                ReadPath: "read lock (2 interlocked ops on a shared word) + lookup",
                WritePath: "write lock; in-place update; waits for readers to leave",
                ReaderSees: "the latest completed write",
                BatchAtomicity: "atomic (one write lock)",
                FailedBatchLeaves: "nothing (applied writes are undone under the write lock)",
                SnapshotCost: "O(n) copy under the read lock",
                MemoryBehavior: "no garbage per write",
                AtomicBatch: true,
                FailedBatchChangesNothing: true,
                ConstantTimeSnapshot: false)),
        new(
            MapKind.Concurrent,
            "concurrent",
            "ConcurrentDictionary",
            IsThreadSafe: true,
            IsReferenceRow: false,
            new MapGuarantees(
                ReadPath: "lock-free: volatile tables read + bucket walk",
                WritePath: "one striped lock; node per insert/update",
                ReaderSees: "the latest completed write per key",
                BatchAtomicity: "not atomic (write by write)",
                FailedBatchLeaves: "its writes before the failing one",
                SnapshotCost: "O(n) copy taking all locks",
                MemoryBehavior: "one node per write (small garbage)",
                AtomicBatch: false,
                FailedBatchChangesNothing: false,
                ConstantTimeSnapshot: false)),
        new(
            MapKind.ShardedCopyOnWrite,
            "sharded",
            "Sharded copy-on-write",
            IsThreadSafe: true,
            IsReferenceRow: false,
            new MapGuarantees(
                ReadPath: "hash, pick shard, volatile load + lookup; no lock",
                WritePath: "lock one shard; clone that shard only (a batch locks every shard it touches, in order)",
                ReaderSees: "a whole published state per shard; no cross-shard point in time",
                BatchAtomicity: "atomic per shard, not across shards",
                FailedBatchLeaves: "nothing (every touched shard is cloned and changed before any is published)",
                SnapshotCost: "O(shards): each shard's published Dictionary",
                MemoryBehavior: "O(n/shards) garbage per write; shards stay off the LOH longer",
                AtomicBatch: false,
                FailedBatchChangesNothing: true,
                ConstantTimeSnapshot: true)),
        new(
            MapKind.Hamt,
            "hamt",
            "HAMT (CHAMP)",
            IsThreadSafe: true,
            IsReferenceRow: false,
            new MapGuarantees(
                ReadPath: "one volatile load + trie walk (~log32 n nodes, popcount index)",
                WritePath: "lock; copy the path to the key (~log32 n nodes); publish",
                ReaderSees: "a whole published state; a write is visible once it returns",
                BatchAtomicity: "atomic (one publish)",
                FailedBatchLeaves: "nothing (nothing is published)",
                SnapshotCost: "O(1): the published root",
                MemoryBehavior: "O(log32 n) small nodes of garbage per write; old versions share structure",
                AtomicBatch: true,
                FailedBatchChangesNothing: true,
                ConstantTimeSnapshot: true)),
        new(
            MapKind.Layered,
            "layered",
            "Layered (frozen base + override)",
            IsThreadSafe: true,
            IsReferenceRow: false,
            new MapGuarantees(
                ReadPath: "one volatile load; override lookup, then frozen base lookup",
                WritePath: "lock; copy the small override; compaction rebuilds the base by policy",
                ReaderSees: "a whole published (base, override) state",
                BatchAtomicity: "atomic (one publish)",
                FailedBatchLeaves: "nothing (nothing is published)",
                SnapshotCost: "O(1): the published layers",
                MemoryBehavior: "O(override) garbage per write; O(n) per compaction",
                AtomicBatch: true,
                FailedBatchChangesNothing: true,
                ConstantTimeSnapshot: true)),
        new(
            MapKind.Batched,
            "batched",
            "Batched copy-on-write (flat combining)",
            IsThreadSafe: true,
            IsReferenceRow: false,
            new MapGuarantees(
                ReadPath: "one volatile load + Dictionary lookup; no lock",
                WritePath: "enqueue; one combiner applies all pending writes in one clone; wait until published",
                ReaderSees: "a whole published state; a write is visible once it returns",
                BatchAtomicity: "atomic (one clone, one publish)",
                FailedBatchLeaves: "nothing; writes combined with it from other writers still publish",
                SnapshotCost: "O(1): the published Dictionary",
                MemoryBehavior: "O(n) garbage per combined publish, shared by the writes it combines",
                AtomicBatch: true,
                FailedBatchChangesNothing: true,
                ConstantTimeSnapshot: true)),
        new(
            MapKind.CompareAndSwap,
            "cas",
            "Copy-on-write, lock-free CAS writers",
            IsThreadSafe: true,
            IsReferenceRow: false,
            new MapGuarantees(
                ReadPath: "one volatile load + Dictionary lookup; no lock",
                WritePath: "clone, change, CompareExchange; retry (a new clone) on a lost race",
                ReaderSees: "a whole published state; a write is visible once it returns",
                BatchAtomicity: "atomic (one successful CAS)",
                FailedBatchLeaves: "nothing (the CAS is never attempted)",
                SnapshotCost: "O(1): the published Dictionary",
                MemoryBehavior: "O(n) garbage per attempt, retries included",
                AtomicBatch: true,
                FailedBatchChangesNothing: true,
                ConstantTimeSnapshot: true)),
        new(
            MapKind.Immutable,
            "immutable",
            "ImmutableDictionary + ImmutableInterlocked",
            IsThreadSafe: true,
            IsReferenceRow: true,
            new MapGuarantees(
                ReadPath: "one volatile load + AVL tree of buckets (~1.44 log2 n)",
                WritePath: "lock-free: O(log n) new nodes, CAS, retry",
                ReaderSees: "a whole published state; a write is visible once it returns",
                BatchAtomicity: "atomic (builder, one CAS)",
                FailedBatchLeaves: "nothing (the builder is dropped)",
                SnapshotCost: "O(1): the published ImmutableDictionary",
                MemoryBehavior: "O(log n) nodes of garbage per write",
                AtomicBatch: true,
                FailedBatchChangesNothing: true,
                ConstantTimeSnapshot: true)),
        new(
            MapKind.Frozen,
            "frozen",
            "FrozenDictionary rebuilt per write",
            IsThreadSafe: true,
            IsReferenceRow: true,
            new MapGuarantees(
                ReadPath: "one volatile load + FrozenDictionary lookup",
                WritePath: "lock; copy all entries; build a new FrozenDictionary",
                ReaderSees: "a whole published state; a write is visible once it returns",
                BatchAtomicity: "atomic (one rebuild)",
                FailedBatchLeaves: "nothing (the private copy is dropped)",
                SnapshotCost: "O(1): the published FrozenDictionary",
                MemoryBehavior: "O(n) garbage per write, about twice a Dictionary's",
                AtomicBatch: true,
                FailedBatchChangesNothing: true,
                ConstantTimeSnapshot: true)),
        new(
            MapKind.Dictionary,
            "dictionary",
            "Dictionary (unsynchronized baseline)",
            IsThreadSafe: false,
            IsReferenceRow: true,
            new MapGuarantees(
                ReadPath: "Dictionary lookup",
                WritePath: "in-place update; NOT thread-safe",
                ReaderSees: "single-threaded use only",
                BatchAtomicity: "n/a (single-threaded)",
                FailedBatchLeaves: "nothing (applied writes are undone)",
                SnapshotCost: "O(n) copy",
                MemoryBehavior: "no garbage per write",
                AtomicBatch: true,
                FailedBatchChangesNothing: true,
                ConstantTimeSnapshot: false)),
    ];

    /// <summary>The entries safe to share between threads.</summary>
    public static IReadOnlyList<MapDescriptor> ThreadSafe { get; } = [.. All.Where(entry => entry.IsThreadSafe)];

    /// <summary>The entry with the given id.</summary>
    /// <param name="id">A catalog id, such as <c>cow</c>.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">No entry has that id.</exception>
    public static MapDescriptor Get(string id)
        => All.FirstOrDefault(entry => entry.Id == id)
           ?? throw new ArgumentException($"Unknown map id '{id}'. Known ids: {string.Join(", ", All.Select(entry => entry.Id))}.", nameof(id));

    /// <summary>The entry for a design.</summary>
    /// <param name="kind">The design.</param>
    /// <returns>The entry.</returns>
    public static MapDescriptor Get(MapKind kind) => All.First(entry => entry.Kind == kind);

    /// <summary>Makes a map of the given design with default settings.</summary>
    internal static IConcurrentMap<TKey, TValue> Create<TKey, TValue>(
        MapKind kind,
        IEqualityComparer<TKey>? comparer,
        IEnumerable<KeyValuePair<TKey, TValue>>? initial)
        where TKey : notnull
        => kind switch
        {
            MapKind.CopyOnWrite => new CopyOnWriteMap<TKey, TValue>(initial, comparer),
            MapKind.ReaderWriterLock => new ReaderWriterLockMap<TKey, TValue>(initial, comparer),
            MapKind.Concurrent => new ConcurrentDictionaryMap<TKey, TValue>(initial, comparer),
            MapKind.ShardedCopyOnWrite => new ShardedCowMap<TKey, TValue>(initial, comparer),
            MapKind.Hamt => new HamtMap<TKey, TValue>(initial, comparer),
            MapKind.Layered => new LayeredMap<TKey, TValue>(initial, comparer),
            MapKind.Batched => new BatchedCowMap<TKey, TValue>(initial, comparer),
            MapKind.CompareAndSwap => new CasCowMap<TKey, TValue>(initial, comparer),
            MapKind.Immutable => new ImmutableDictionaryMap<TKey, TValue>(initial, comparer),
            MapKind.Frozen => new FrozenRebuildMap<TKey, TValue>(initial, comparer),
            MapKind.Dictionary => new DictionaryMap<TKey, TValue>(initial, comparer),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown map kind."),
        };
}
