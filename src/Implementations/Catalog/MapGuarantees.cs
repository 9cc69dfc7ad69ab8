namespace Lab.Maps;

/// <summary>
/// What a design promises and what it costs, as documented in its type comment and the README's
/// guarantees table. The boolean members are the ones the test suite checks.
/// </summary>
/// <param name="ReadPath">What a read does (locks, loads, probes).</param>
/// <param name="WritePath">What a write does.</param>
/// <param name="ReaderSees">What a concurrent reader may observe.</param>
/// <param name="BatchAtomicity">Whether other threads can see a partly applied batch.</param>
/// <param name="FailedBatchLeaves">
/// What a batch leaves behind when the key comparer throws for one of its writes (the exception
/// reaches the caller). Assumes a deterministic comparer: the same call gives the same answer.
/// </param>
/// <param name="SnapshotCost">What <see cref="IConcurrentMap{TKey, TValue}.Snapshot"/> costs.</param>
/// <param name="MemoryBehavior">Allocation and garbage per write.</param>
/// <param name="AtomicBatch">True when no reader can observe part of an <see cref="IConcurrentMap{TKey, TValue}.ApplyBatch"/>.</param>
/// <param name="FailedBatchChangesNothing">
/// True when a batch that throws (its comparer threw for one of its keys) changes nothing; false
/// when the writes before the failing one stay applied. Single-key writes that throw change nothing in every design.
/// </param>
/// <param name="ConstantTimeSnapshot">True when a snapshot is taken in O(1) without copying.</param>
public sealed record MapGuarantees(
    string ReadPath,
    string WritePath,
    string ReaderSees,
    string BatchAtomicity,
    string FailedBatchLeaves,
    string SnapshotCost,
    string MemoryBehavior,
    bool AtomicBatch,
    bool FailedBatchChangesNothing,
    bool ConstantTimeSnapshot);
