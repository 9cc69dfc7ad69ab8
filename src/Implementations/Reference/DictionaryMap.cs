using System.Diagnostics.CodeAnalysis;

namespace Lab.Maps;

/// <summary>
/// An unsynchronized <see cref="Dictionary{TKey, TValue}"/>: NOT thread-safe. The single-threaded
/// read baseline every other design is measured against; never share one across threads that write.
/// </summary>
/// <remarks>
/// Reads and writes are the plain dictionary's. Batches are applied in place (atomic only because
/// nobody else may look), all or nothing when the comparer throws (an undo log, as
/// <see cref="ReaderWriterLockMap{TKey, TValue}"/> keeps). Snapshots copy: O(n).
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class DictionaryMap<TKey, TValue> : IConcurrentMap<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> entries;

    /// <summary>Creates a map.</summary>
    /// <param name="initial">Initial contents, or <see langword="null"/>.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    public DictionaryMap(IEnumerable<KeyValuePair<TKey, TValue>>? initial = null, IEqualityComparer<TKey>? comparer = null)
        => entries = DictionaryCopy.From(initial, comparer);

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
        return entries.Remove(key);
    }

    /// <inheritdoc />
    public void ApplyBatch(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        KeyGuard.NotNull(writes);
        InPlaceBatch.Apply(entries, writes);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => DictionaryCopy.AsSnapshot(DictionaryCopy.Clone(entries));
}
