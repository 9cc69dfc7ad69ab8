namespace Lab.Maps;

/// <summary>
/// One described map: a design's stable id, what it promises, and how to make one. The catalog's
/// designs (<see cref="MapCatalog"/>) and the adapters of other libraries are described alike.
/// </summary>
/// <param name="Id">
/// Short, stable id. It is a benchmark parameter value, a CSV value and a chart legend: never rename one.
/// </param>
/// <param name="DisplayName">Human-readable name for reports.</param>
/// <param name="IsThreadSafe">False only for the unsynchronized single-threaded baseline.</param>
/// <param name="IsReferenceRow">True for the options a user would otherwise pick (the BCL's, other libraries').</param>
/// <param name="Guarantees">What the design promises and costs.</param>
/// <param name="Factory">Makes instances of the design.</param>
public sealed record MapDescriptor(
    string Id,
    string DisplayName,
    bool IsThreadSafe,
    bool IsReferenceRow,
    MapGuarantees Guarantees,
    IMapFactory Factory)
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
        => Factory.Create(comparer, initial);

    /// <inheritdoc />
    public override string ToString() => Id;
}
