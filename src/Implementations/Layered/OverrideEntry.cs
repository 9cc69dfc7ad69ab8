namespace Lab.Maps;

/// <summary>
/// One entry of a <see cref="LayeredMap{TKey, TValue}"/> override layer: a value that replaces or
/// adds to the base, or a tombstone that hides the base's entry for the key.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal readonly struct OverrideEntry<TValue>
{
    private OverrideEntry(TValue value, bool isRemoved)
    {
        Value = value;
        IsRemoved = isRemoved;
    }

    /// <summary>A tombstone: the key is absent whatever the base holds.</summary>
    public static OverrideEntry<TValue> Removed => new(default!, isRemoved: true);

    /// <summary>The value; <see langword="default"/> for a tombstone.</summary>
    public TValue Value { get; }

    /// <summary>True for a tombstone.</summary>
    public bool IsRemoved { get; }

    /// <summary>An entry holding <paramref name="value"/>.</summary>
    public static OverrideEntry<TValue> Live(TValue value) => new(value, isRemoved: false);
}
