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
        Design(
            MapKind.CopyOnWrite,
            "cow",
            "Copy-on-write Dictionary",
            isThreadSafe: true,
            isReferenceRow: false,
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
        Design(
            MapKind.ReaderWriterLock,
            "rwlock",
            "ReaderWriterLockSlim + Dictionary",
            isThreadSafe: true,
            isReferenceRow: false,
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
        Design(
            MapKind.Concurrent,
            "concurrent",
            "ConcurrentDictionary",
            isThreadSafe: true,
            isReferenceRow: false,
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
        Design(
            MapKind.ShardedCopyOnWrite,
            "sharded",
            "Sharded copy-on-write",
            isThreadSafe: true,
            isReferenceRow: false,
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
        Design(
            MapKind.Hamt,
            "hamt",
            "HAMT (CHAMP)",
            isThreadSafe: true,
            isReferenceRow: false,
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
        Design(
            MapKind.Layered,
            "layered",
            "Layered (frozen base + override)",
            isThreadSafe: true,
            isReferenceRow: false,
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
        Design(
            MapKind.Batched,
            "batched",
            "Batched copy-on-write (flat combining)",
            isThreadSafe: true,
            isReferenceRow: false,
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
        Design(
            MapKind.CompareAndSwap,
            "cas",
            "Copy-on-write, lock-free CAS writers",
            isThreadSafe: true,
            isReferenceRow: false,
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
        Design(
            MapKind.LeftRight,
            "leftright",
            "Left-right (two Dictionary copies)",
            isThreadSafe: true,
            isReferenceRow: false,
            new MapGuarantees(
                ReadPath: "arrive on a striped read indicator (one interlocked add on this core's cache line), volatile load of the side, Dictionary lookup, depart; no lock, no retry",
                WritePath: "lock; write the side nobody reads; flip; wait until readers of the old side leave; replay the write there",
                ReaderSees: "a whole published state; a write is visible once it returns",
                BatchAtomicity: "atomic (one flip)",
                FailedBatchLeaves: "nothing (the hidden side is undone before any flip)",
                SnapshotCost: "O(n) copy of the published side, taken as a reader (delays writers, never readers)",
                MemoryBehavior: "two full Dictionary copies; no garbage per write",
                AtomicBatch: true,
                FailedBatchChangesNothing: true,
                ConstantTimeSnapshot: false)),
        Design(
            MapKind.Immutable,
            "immutable",
            "ImmutableDictionary + ImmutableInterlocked",
            isThreadSafe: true,
            isReferenceRow: true,
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
        Design(
            MapKind.Frozen,
            "frozen",
            "FrozenDictionary rebuilt per write",
            isThreadSafe: true,
            isReferenceRow: true,
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
        Design(
            MapKind.Dictionary,
            "dictionary",
            "Dictionary (unsynchronized baseline)",
            isThreadSafe: false,
            isReferenceRow: true,
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
    public static MapDescriptor Get(MapKind kind)
        => All.First(entry => entry.Factory is CatalogMapFactory factory && factory.Kind == kind);

    // A catalog entry: made by this assembly's factory for its kind.
    private static MapDescriptor Design(MapKind kind, string id, string displayName, bool isThreadSafe, bool isReferenceRow, MapGuarantees guarantees)
        => new(id, displayName, isThreadSafe, isReferenceRow, guarantees, new CatalogMapFactory(kind));
}
