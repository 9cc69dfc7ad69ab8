namespace Lab.Maps;

/// <summary>
/// One key/value pair stored inline in a trie node, with the key's full hash so that a lookup
/// rejects most mismatches without calling the comparer and a write never rehashes a key it moves.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal readonly struct HamtEntry<TKey, TValue>(uint hash, TKey key, TValue value)
    where TKey : notnull
{
    /// <summary>The comparer's hash code of <see cref="Key"/>, as unsigned bits.</summary>
    public readonly uint Hash = hash;

    /// <summary>The key.</summary>
    public readonly TKey Key = key;

    /// <summary>The value.</summary>
    public readonly TValue Value = value;
}
