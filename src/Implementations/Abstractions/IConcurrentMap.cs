using System.Diagnostics.CodeAnalysis;

namespace Lab.Maps;

/// <summary>
/// The one contract every map in the lab implements, so that tests and benchmarks drive all of
/// them the same way.
/// </summary>
/// <remarks>
/// <para>
/// Thread safety is a property of the implementation, stated by its catalog entry
/// (<see cref="MapDescriptor.IsThreadSafe"/>) and its type comment: every thread-safe map is
/// linearizable for <see cref="TryGetValue"/>, <see cref="Set"/> and <see cref="Remove"/>.
/// </para>
/// <para>
/// Keys are never <see langword="null"/>: every member that takes a key throws
/// <see cref="ArgumentNullException"/> for one. The comparer given at construction decides key
/// equality everywhere, snapshots included.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public interface IConcurrentMap<TKey, TValue>
    where TKey : notnull
{
    /// <summary>The comparer that decides key equality.</summary>
    IEqualityComparer<TKey> Comparer { get; }

    /// <summary>
    /// The number of entries. For a single-root design it is the count of one published state;
    /// a sharded design states in its comment what it promises while writers run.
    /// </summary>
    int Count { get; }

    /// <summary>Looks a key up.</summary>
    /// <param name="key">The key; not <see langword="null"/>.</param>
    /// <param name="value">The value when found, otherwise <see langword="default"/>.</param>
    /// <returns><see langword="true"/> when the key is present.</returns>
    bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value);

    /// <summary>Inserts the key or replaces its value (upsert).</summary>
    /// <param name="key">The key; not <see langword="null"/>.</param>
    /// <param name="value">The value to store.</param>
    void Set(TKey key, TValue value);

    /// <summary>Removes a key.</summary>
    /// <param name="key">The key; not <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the key was present and is now removed.</returns>
    bool Remove(TKey key);

    /// <summary>
    /// Applies several writes in order, as if one by one. Whether other threads can observe a
    /// partly applied batch is stated by <see cref="MapGuarantees.AtomicBatch"/>; whether a batch
    /// that throws (its key comparer threw) leaves its earlier writes applied, by
    /// <see cref="MapGuarantees.FailedBatchChangesNothing"/>.
    /// </summary>
    /// <param name="writes">The writes, applied first to last; a later write to the same key wins.</param>
    void ApplyBatch(ReadOnlySpan<MapWrite<TKey, TValue>> writes);

    /// <summary>
    /// An immutable point-in-time view that can be enumerated while writers keep writing.
    /// O(1) for copy-on-write designs, a copy for lock-based ones.
    /// </summary>
    /// <returns>A view that never changes after it is returned.</returns>
    IReadOnlyDictionary<TKey, TValue> Snapshot();
}
