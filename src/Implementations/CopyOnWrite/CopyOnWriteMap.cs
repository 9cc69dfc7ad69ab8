using System.Diagnostics.CodeAnalysis;

namespace Lab.Maps;

/// <summary>
/// Copy-on-write <see cref="Dictionary{TKey, TValue}"/> published through one reference.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reads</b>: one <see cref="Volatile.Read{T}(ref readonly T)"/> of the published dictionary,
/// then a plain lookup: no lock, no interlocked instruction, no allocation. A published
/// dictionary is never mutated again, so any number of readers may use it at once.
/// </para>
/// <para>
/// <b>Writes</b>: serialized by one lock; each clones the whole dictionary with the
/// comparer-preserving fast path, changes the clone, and publishes it with
/// <see cref="Volatile.Write{T}(ref T, T)"/>. A write is visible to every read that starts after
/// it returns. A write that changes nothing (same value, absent key) publishes nothing.
/// Cost: O(n) time and a whole new dictionary of garbage per write (LOH from about 5K entries).
/// </para>
/// <para>
/// <b>Batches</b> are one clone and one publish: atomic. <b>Snapshots</b> are O(1): the published
/// dictionary itself, read-only. <see cref="Count"/> is the count of one published state.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class CopyOnWriteMap<TKey, TValue> : IConcurrentMap<TKey, TValue>, IMapCostCounters
    where TKey : notnull
{
    private readonly Lock writeLock = new();
    private readonly CostCounterSet counters = new();
    private Dictionary<TKey, TValue> published;

    /// <summary>Creates a map.</summary>
    /// <param name="initial">Initial contents, or <see langword="null"/>.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    public CopyOnWriteMap(IEnumerable<KeyValuePair<TKey, TValue>>? initial = null, IEqualityComparer<TKey>? comparer = null)
        => published = DictionaryCopy.From(initial, comparer);

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
        Publish(MapWrite<TKey, TValue>.Set(key, value));
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        KeyGuard.NotNull(key);
        return Publish(MapWrite<TKey, TValue>.Remove(key));
    }

    /// <inheritdoc />
    public void ApplyBatch(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        KeyGuard.NotNull(writes);
        lock (writeLock)
        {
            Volatile.Write(ref published, DictionaryCopy.With(published, writes, counters));
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => DictionaryCopy.AsSnapshot(Volatile.Read(ref published));

    /// <inheritdoc />
    public MapCostCounters ReadCounters() => counters.Read();

    // Returns whether the write changed anything (and so was published).
    private bool Publish(in MapWrite<TKey, TValue> write)
    {
        lock (writeLock)
        {
            var current = published;
            var next = DictionaryCopy.With(current, write, counters);
            if (ReferenceEquals(next, current))
            {
                return false;
            }

            Volatile.Write(ref published, next);
            return true;
        }
    }
}
