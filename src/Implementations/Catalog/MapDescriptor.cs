namespace Lab.Maps;

/// <summary>
/// One catalog entry: a design's stable id, how to make one, and what it promises.
/// </summary>
/// <param name="Kind">The design.</param>
/// <param name="Id">
/// Short, stable id. It is a benchmark parameter value, a CSV value and a chart legend: never rename one.
/// </param>
/// <param name="DisplayName">Human-readable name for reports.</param>
/// <param name="IsThreadSafe">False only for the unsynchronized single-threaded baseline.</param>
/// <param name="IsReferenceRow">True for the BCL options a user would otherwise pick.</param>
/// <param name="Guarantees">What the design promises and costs.</param>
public sealed record MapDescriptor(
    MapKind Kind,
    string Id,
    string DisplayName,
    bool IsThreadSafe,
    bool IsReferenceRow,
    MapGuarantees Guarantees)
{
    /// <summary>Makes an instance of this design.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="comparer">Key comparer; <see langword="null"/> for the default.</param>
    /// <param name="initial">Initial contents; <see langword="null"/> for empty. A later duplicate key wins.</param>
    /// <returns>A new map.</returns>
    public IConcurrentMap<TKey, TValue> Create<TKey, TValue>(
        IEqualityComparer<TKey>? comparer = null,
        IEnumerable<KeyValuePair<TKey, TValue>>? initial = null)
        where TKey : notnull
        => MapCatalog.Create(Kind, comparer, initial);

    /// <inheritdoc />
    public override string ToString() => Id;
}
