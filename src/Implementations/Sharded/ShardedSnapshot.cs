using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Lab.Maps;

/// <summary>
/// A read-only view over one published dictionary per shard, taken without copying. Each part
/// never changes, so the view never changes; see <see cref="ShardedCowMap{TKey, TValue}"/> for
/// what it promises across shards.
/// </summary>
internal sealed class ShardedSnapshot<TKey, TValue>(Dictionary<TKey, TValue>[] parts, ShardedCowMap<TKey, TValue> owner)
    : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    private readonly int count = parts.Sum(part => part.Count);

    public int Count => count;

    public IEnumerable<TKey> Keys => parts.SelectMany(part => part.Keys);

    public IEnumerable<TValue> Values => parts.SelectMany(part => part.Values);

    public TValue this[TKey key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the snapshot.");

    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        KeyGuard.NotNull(key);
        return parts[owner.ShardIndex(key)].TryGetValue(key, out value);
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => parts.SelectMany(part => part).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
