namespace Lab.Maps;

/// <summary>
/// Makes maps of one design for any key and value type: the open-generic factory behind
/// <see cref="MapDescriptor.Create{TKey, TValue}"/>, so a design outside this assembly (a reference
/// library's adapter) is described and created the same way as a catalog design.
/// </summary>
public interface IMapFactory
{
    /// <summary>Makes an instance of the design.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="comparer">Key comparer; <see langword="null"/> for the default.</param>
    /// <param name="initial">Initial contents; <see langword="null"/> for empty. A later duplicate key wins.</param>
    /// <returns>A new map.</returns>
    IConcurrentMap<TKey, TValue> Create<TKey, TValue>(
        IEqualityComparer<TKey>? comparer,
        IEnumerable<KeyValuePair<TKey, TValue>>? initial)
        where TKey : notnull;
}
