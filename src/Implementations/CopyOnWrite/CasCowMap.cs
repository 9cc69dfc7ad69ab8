using System.Diagnostics.CodeAnalysis;

namespace Lab.Maps;

/// <summary>
/// Copy-on-write <see cref="Dictionary{TKey, TValue}"/> with lock-free writers: each write clones
/// the published dictionary, changes the clone and publishes it with one compare-and-swap,
/// retrying from the state the CAS returned when another writer won.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reads</b> are those of <see cref="CopyOnWriteMap{TKey, TValue}"/>: one volatile load and a
/// lookup. <b>Writes</b> never block and never wait for a lock holder that was descheduled, but
/// every lost race throws away a whole O(n) clone: under contention the cost grows with the
/// number of writers (see the CasRetries counter). Uncontended, a write costs one clone plus one
/// CAS, like a locked copy-on-write write minus the lock. Visible to every read that starts after
/// the write returns. A write that changes nothing publishes nothing.
/// </para>
/// <para>
/// <b>Batches</b> are one clone and one successful CAS: atomic. <b>Snapshots</b> are O(1).
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class CasCowMap<TKey, TValue> : IConcurrentMap<TKey, TValue>, IMapCostCounters
    where TKey : notnull
{
    private readonly CostCounterSet counters = new();
    // Pure transforms (DictionaryCopy.With never mutates its input), cached so a write allocates no delegate.
    private readonly Func<Dictionary<TKey, TValue>, MapWrite<TKey, TValue>, Dictionary<TKey, TValue>> applyOne;
    private readonly Func<Dictionary<TKey, TValue>, MapWrite<TKey, TValue>[], Dictionary<TKey, TValue>> applyBatch;
    private Dictionary<TKey, TValue> published;

    /// <summary>Creates a map.</summary>
    /// <param name="initial">Initial contents, or <see langword="null"/>.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    public CasCowMap(IEnumerable<KeyValuePair<TKey, TValue>>? initial = null, IEqualityComparer<TKey>? comparer = null)
    {
        published = DictionaryCopy.From(initial, comparer);
        applyOne = (current, write) => DictionaryCopy.With(current, write, counters);
        applyBatch = (current, batch) => DictionaryCopy.With(current, batch, counters);
    }

    /// <inheritdoc />
    public IEqualityComparer<TKey> Comparer => published.Comparer;

    /// <inheritdoc />
    public int Count => Volatile.Read(ref published).Count;

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        KeyGuard.NotNull(key);
        return Volatile.Read(ref published).TryGetValue(key, out value);
    }

    /// <inheritdoc />
    public void Set(TKey key, TValue value)
    {
        KeyGuard.NotNull(key);
        CasLoop.Update(ref published, applyOne, MapWrite<TKey, TValue>.Set(key, value), counters);
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        KeyGuard.NotNull(key);
        return CasLoop.Update(ref published, applyOne, MapWrite<TKey, TValue>.Remove(key), counters);
    }

    /// <inheritdoc />
    public void ApplyBatch(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        KeyGuard.NotNull(writes);
        CasLoop.Update(ref published, applyBatch, writes.ToArray(), counters);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => DictionaryCopy.AsSnapshot(Volatile.Read(ref published));

    /// <inheritdoc />
    public MapCostCounters ReadCounters() => counters.Read();
}
