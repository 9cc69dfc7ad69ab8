namespace Lab.Maps;

/// <summary>
/// What a design promises and what it costs, as documented in its type comment and the README's
/// guarantees table. The boolean members are the ones the test suite checks.
/// </summary>
/// <param name="ReadPath">What a read does (locks, loads, probes).</param>
/// <param name="WritePath">What a write does.</param>
/// <param name="ReaderSees">What a concurrent reader may observe.</param>
/// <param name="BatchAtomicity">Whether other threads can see a partly applied batch.</param>
/// <param name="SnapshotCost">What <see cref="IConcurrentMap{TKey, TValue}.Snapshot"/> costs.</param>
/// <param name="MemoryBehavior">Allocation and garbage per write.</param>
/// <param name="AtomicBatch">True when no reader can observe part of an <see cref="IConcurrentMap{TKey, TValue}.ApplyBatch"/>.</param>
/// <param name="ConstantTimeSnapshot">True when a snapshot is taken in O(1) without copying.</param>
public sealed record MapGuarantees(
    string ReadPath,
    string WritePath,
    string ReaderSees,
    string BatchAtomicity,
    string SnapshotCost,
    string MemoryBehavior,
    bool AtomicBatch,
    bool ConstantTimeSnapshot);
