namespace Lab.Maps;

/// <summary>One write of a batch: a set (upsert) or a remove.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
/// <param name="Kind">Set or remove.</param>
/// <param name="Key">The key; not <see langword="null"/>.</param>
/// <param name="Value">The value for a set; ignored for a remove.</param>
public readonly record struct MapWrite<TKey, TValue>(MapWriteKind Kind, TKey Key, TValue Value)
    where TKey : notnull
{
    /// <summary>A set (upsert) of <paramref name="key"/> to <paramref name="value"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The write.</returns>
    public static MapWrite<TKey, TValue> Set(TKey key, TValue value) => new(MapWriteKind.Set, key, value);

    /// <summary>A remove of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The write.</returns>
    public static MapWrite<TKey, TValue> Remove(TKey key) => new(MapWriteKind.Remove, key, default!);
}
