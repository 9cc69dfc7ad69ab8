using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Lab.Maps;

/// <summary>
/// One published state of a <see cref="LayeredMap{TKey, TValue}"/>: the frozen base, the override
/// layer and the exact entry count, never changed after publication. It is also the map's
/// snapshot: a read-only view of the contents it stands for.
/// </summary>
/// <remarks>
/// Invariant: the override holds an entry only for a key whose value differs from the base's
/// (a live entry for a key the base lacks or maps to another value; a tombstone for a key the
/// base holds), and <see cref="Count"/> is exactly the number of keys present: base keys without
/// an override entry plus live override entries.
/// </remarks>
internal sealed class LayeredState<TKey, TValue>(
    FrozenDictionary<TKey, TValue> @base,
    Dictionary<TKey, OverrideEntry<TValue>> overrides,
    int count)
    : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    // The override when it holds anything, otherwise null: the read path tests this one field,
    // which sits beside the base in this object, instead of loading the override's count.
    private readonly Dictionary<TKey, OverrideEntry<TValue>>? nonEmptyOverrides = overrides.Count == 0 ? null : overrides;

    /// <summary>The read-optimized base.</summary>
    public FrozenDictionary<TKey, TValue> Base { get; } = @base;

    /// <summary>The override layer; checked before the base; empty after a compaction.</summary>
    public Dictionary<TKey, OverrideEntry<TValue>> Overrides { get; } = overrides;

    /// <inheritdoc />
    public int Count { get; } = count;

    /// <inheritdoc />
    public IEnumerable<TKey> Keys => this.Select(pair => pair.Key);

    /// <inheritdoc />
    public IEnumerable<TValue> Values => this.Select(pair => pair.Value);

    /// <inheritdoc />
    public TValue this[TKey key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the snapshot.");

    /// <inheritdoc />
    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    /// <summary>Looks a key up: the override first (a tombstone answers "absent"), then the base.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        KeyGuard.NotNull(key);

        // Fast path: right after a compaction the override is empty and a read is one base lookup.
        if (nonEmptyOverrides is { } layer && layer.TryGetValue(key, out var entry))
        {
            value = entry.Value;
            return !entry.IsRemoved;
        }

        return Base.TryGetValue(key, out value);
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
    {
        var layer = Overrides;
        foreach (var pair in Base)
        {
            if (layer.Count == 0 || !layer.ContainsKey(pair.Key))
            {
                yield return pair;
            }
        }

        foreach (var pair in layer)
        {
            if (!pair.Value.IsRemoved)
            {
                yield return new KeyValuePair<TKey, TValue>(pair.Key, pair.Value.Value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
