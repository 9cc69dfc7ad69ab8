using Lab.Maps;

namespace Lab.References;

/// <summary>Makes <see cref="NonBlockingDictionaryMap{TKey, TValue}"/> instances for the <c>nonblocking</c> row.</summary>
internal sealed class NonBlockingMapFactory : IMapFactory
{
    /// <inheritdoc />
    public IConcurrentMap<TKey, TValue> Create<TKey, TValue>(
        IEqualityComparer<TKey>? comparer,
        IEnumerable<KeyValuePair<TKey, TValue>>? initial)
        where TKey : notnull
        => new NonBlockingDictionaryMap<TKey, TValue>(initial, comparer);
}
