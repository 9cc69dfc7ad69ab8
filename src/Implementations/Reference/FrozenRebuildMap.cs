using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Lab.Maps;

/// <summary>
/// <see cref="FrozenDictionary{TKey, TValue}"/> rebuilt on every write under a lock and published
/// through one reference: the fastest BCL reads, the most expensive writes.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reads</b>: one volatile load and a frozen lookup. <b>Writes</b> are serialized by one lock;
/// each copies every entry and builds a new frozen dictionary (O(n), about twice a dictionary
/// build, and all of it garbage at the next write). Visible to every read that starts after the
/// write returns; a write that changes nothing publishes nothing.
/// </para>
/// <para>
/// <b>Batches</b> are one rebuild: atomic. <b>Snapshots</b> are O(1): the published frozen dictionary.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class FrozenRebuildMap<TKey, TValue> : IConcurrentMap<TKey, TValue>, IMapCostCounters
    where TKey : notnull
{
    private readonly Lock writeLock = new();
    private readonly CostCounterSet counters = new();
    private FrozenDictionary<TKey, TValue> published;

    /// <summary>Creates a map.</summary>
    /// <param name="initial">Initial contents, or <see langword="null"/>.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    public FrozenRebuildMap(IEnumerable<KeyValuePair<TKey, TValue>>? initial = null, IEqualityComparer<TKey>? comparer = null)
        => published = DictionaryCopy.From(initial, comparer).ToFrozenDictionary(comparer);

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
        Rebuild([MapWrite<TKey, TValue>.Set(key, value)]);
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        KeyGuard.NotNull(key);
        return Rebuild([MapWrite<TKey, TValue>.Remove(key)]);
    }

    /// <inheritdoc />
    public void ApplyBatch(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        KeyGuard.NotNull(writes);
        Rebuild(writes);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => Volatile.Read(ref published);

    /// <inheritdoc />
    public MapCostCounters ReadCounters() => counters.Read();

    private bool Rebuild(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        lock (writeLock)
        {
            var current = published;
            if (DictionaryCopy.WouldNotChange(current, writes))
            {
                return false;
            }

            var entries = new Dictionary<TKey, TValue>(current, current.Comparer);
            DictionaryCopy.Apply(entries, writes);
            counters.AddRebuild(entries.Count);
            Volatile.Write(ref published, entries.ToFrozenDictionary(current.Comparer));
            return true;
        }
    }
}
