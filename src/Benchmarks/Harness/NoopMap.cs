using System.Diagnostics.CodeAnalysis;
using Lab.Maps;

namespace Lab.Benchmarks.Harness;

/// <summary>
/// A map that does nothing, reached through the same interface call as every real map: its row
/// is the harness's own cost per operation (stream replay, dispatch, gate), reported beside the
/// real rows. Not in the catalog: it is a measuring instrument, not a design.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class NoopMap<TKey, TValue> : IConcurrentMap<TKey, TValue>
    where TKey : notnull
{
    /// <summary>The id the matrix and the CSVs use for this row.</summary>
    public const string Id = Lab.Results.HarnessMap.Id;

    public IEqualityComparer<TKey> Comparer => EqualityComparer<TKey>.Default;

    public int Count => 0;

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        value = default!;
        return true;
    }

    public void Set(TKey key, TValue value)
    {
    }

    public bool Remove(TKey key) => true;

    public void ApplyBatch(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
    }

    public IReadOnlyDictionary<TKey, TValue> Snapshot() => new Dictionary<TKey, TValue>();
}
