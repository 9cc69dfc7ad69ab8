namespace Lab.Maps;

/// <summary>
/// One key/value pair stored inline in a trie node. The key's hash is not stored: a lookup compares
/// the one key at its fragment with the comparer, and a write recomputes the hash of an entry it
/// pushes down a level (a leaf split). So an entry costs only its key and value in every array a
/// path copy duplicates (8 bytes instead of 12 for <c>int</c> keys and values).
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal readonly struct HamtEntry<TKey, TValue>(TKey key, TValue value)
    where TKey : notnull
{
    /// <summary>The key.</summary>
    public readonly TKey Key = key;

    /// <summary>The value.</summary>
    public readonly TValue Value = value;
}
