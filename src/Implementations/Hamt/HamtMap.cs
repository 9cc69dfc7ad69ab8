using System.Diagnostics.CodeAnalysis;

namespace Lab.Maps;

/// <summary>
/// A <see cref="PersistentHashDictionary{TKey, TValue}"/> (CHAMP trie) published through one reference,
/// writers serialized by a lock: copy-on-write that copies only the path to the written key.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reads</b>: one <see cref="Volatile.Read{T}(ref readonly T)"/> of the published map, then an
/// iterative trie walk of about log32 n nodes: no lock, no interlocked instruction, no allocation.
/// A published map is immutable, so any number of readers may use it at once.
/// </para>
/// <para>
/// <b>Writes</b>: serialized by one lock; each copies the O(log32 n) nodes on its path and
/// publishes the new map (root and count in one object) with
/// <see cref="Volatile.Write{T}(ref T, T)"/>. A write is visible to every read that starts after it
/// returns. A write that changes nothing (an equal value, an absent key) publishes nothing.
/// </para>
/// <para>
/// <b>Batches</b> build one new map, editing the nodes they create in place (each touched node is
/// copied once), and publish it once: atomic. <b>Snapshots</b> are O(1): the published immutable
/// map itself. <see cref="Count"/> is the count of one published state.
/// </para>
/// <para>
/// <b>Counters</b>: <see cref="MapCostCounters.Copies"/> counts existing trie nodes copied,
/// <see cref="MapCostCounters.EntriesCopied"/> the array slots (entries and sub-node references)
/// copied by writes.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class HamtMap<TKey, TValue> : IConcurrentMap<TKey, TValue>, IMapCostCounters
    where TKey : notnull
{
    private readonly Lock writeLock = new();
    private readonly CostCounterSet counters = new();
    private PersistentHashDictionary<TKey, TValue> published;

    /// <summary>Creates a map.</summary>
    /// <param name="initial">Initial contents, or <see langword="null"/>; a later duplicate key wins.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentNullException">An initial key is null.</exception>
    public HamtMap(IEnumerable<KeyValuePair<TKey, TValue>>? initial = null, IEqualityComparer<TKey>? comparer = null)
        => published = PersistentHashDictionary<TKey, TValue>.Create(initial, comparer);

    /// <inheritdoc />
    public IEqualityComparer<TKey> Comparer => published.Comparer;

    /// <inheritdoc />
    public int Count => Volatile.Read(ref published).Count;

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
        => Volatile.Read(ref published).TryGetValue(key, out value);

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
            var current = published;
            var next = current.With(writes, counters);
            if (!ReferenceEquals(next, current))
            {
                Volatile.Write(ref published, next);
            }
        }
    }

    /// <summary>The published map itself: O(1), immutable, enumerable while writers keep writing.</summary>
    /// <returns>The current state as a <see cref="PersistentHashDictionary{TKey, TValue}"/>.</returns>
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => Volatile.Read(ref published);

    /// <inheritdoc />
    public MapCostCounters ReadCounters() => counters.Read();

    // Returns whether the write changed anything (and so was published).
    private bool Publish(in MapWrite<TKey, TValue> write)
    {
        lock (writeLock)
        {
            var current = published;
            var next = current.With(write, counters);
            if (ReferenceEquals(next, current))
            {
                return false;
            }

            Volatile.Write(ref published, next);
            return true;
        }
    }
}
