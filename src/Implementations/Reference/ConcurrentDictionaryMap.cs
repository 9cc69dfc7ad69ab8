using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Lab.Maps;

/// <summary>
/// <see cref="ConcurrentDictionary{TKey, TValue}"/>, the BCL's general-purpose concurrent map.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reads</b> are lock-free: a volatile read of the tables, a bucket walk. <b>Writes</b> take one
/// of the striped locks (one per processor by default) and allocate a node per insert or update
/// of a non-atomically-writable value. A write is visible to every read that starts after it returns.
/// </para>
/// <para>
/// <b>Batches</b> are applied write by write: readers may see part of a batch. <b>Snapshots</b>
/// copy every entry taking all locks: O(n). <see cref="Count"/> takes all locks and is exact.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class ConcurrentDictionaryMap<TKey, TValue> : IConcurrentMap<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> entries;

    /// <summary>Creates a map.</summary>
    /// <param name="initial">Initial contents, or <see langword="null"/>.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    public ConcurrentDictionaryMap(IEnumerable<KeyValuePair<TKey, TValue>>? initial = null, IEqualityComparer<TKey>? comparer = null)
        => entries = new ConcurrentDictionary<TKey, TValue>(DictionaryCopy.From(initial, comparer), comparer);

    /// <inheritdoc />
    public IEqualityComparer<TKey> Comparer => entries.Comparer;

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
    public IReadOnlyDictionary<TKey, TValue> Snapshot()
        => DictionaryCopy.AsSnapshot(new Dictionary<TKey, TValue>(entries.ToArray(), entries.Comparer));
}
