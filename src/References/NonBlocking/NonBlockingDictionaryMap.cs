using System.Diagnostics.CodeAnalysis;
using Lab.Maps;

namespace Lab.References;

/// <summary>
/// <see cref="NonBlocking.ConcurrentDictionary{TKey, TValue}"/> (NuGet <c>NonBlocking</c> 2.1.2, by
/// Vladimir Sadov): a lock-free open-addressing hash table with <c>ConcurrentDictionary</c>'s API,
/// what a user who finds the BCL's <c>ConcurrentDictionary</c> too slow picks instead.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reads</b> are wait-free: hash, probe the table, no lock, no interlocked instruction.
/// <b>Writes</b> are lock-free: a compare-and-swap claims a slot for a new key and another swaps
/// the value in (reference-type and non-atomically-writable values are boxed, so an update of such
/// a value allocates a small box); resizes are done cooperatively by the threads that touch the
/// table. A write is visible to every read that starts after it returns.
/// </para>
/// <para>
/// <b>Batches</b> are applied write by write: readers may see part of a batch, and when the
/// comparer throws for one of its keys the writes before it stay applied. <b>Snapshots</b> copy the
/// entries by enumerating the table beside the writers: O(n), and not a point-in-time view (each
/// key shows a value it held during the copy). <see cref="Count"/> sums the table's striped counter.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class NonBlockingDictionaryMap<TKey, TValue> : IConcurrentMap<TKey, TValue>
    where TKey : notnull
{
    private readonly NonBlocking.ConcurrentDictionary<TKey, TValue> entries;

    /// <summary>Creates a map.</summary>
    /// <param name="initial">Initial contents, or <see langword="null"/>; a later duplicate key wins.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    public NonBlockingDictionaryMap(IEnumerable<KeyValuePair<TKey, TValue>>? initial = null, IEqualityComparer<TKey>? comparer = null)
    {
        Comparer = comparer ?? EqualityComparer<TKey>.Default;
        entries = new NonBlocking.ConcurrentDictionary<TKey, TValue>(DictionaryCopy.From(initial, Comparer), Comparer);
    }

    /// <inheritdoc />
    public IEqualityComparer<TKey> Comparer { get; }

    /// <inheritdoc />
    public int Count => entries.Count;

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        KeyGuard.NotNull(key);
        return entries.TryGetValue(key, out value);
    }

    /// <inheritdoc />
    public void Set(TKey key, TValue value)
    {
        KeyGuard.NotNull(key);
        entries[key] = value;
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        KeyGuard.NotNull(key);
        return entries.TryRemove(key, out _);
    }

    /// <inheritdoc />
    public void ApplyBatch(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        KeyGuard.NotNull(writes);
        WriteByWrite.Apply(this, writes);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => DictionaryCopy.AsSnapshot(DictionaryCopy.From(entries, Comparer));
}
