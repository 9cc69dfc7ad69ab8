namespace Lab.Implementations.Tests.Support;

/// <summary>
/// Ordinal string comparer that runs a hook each time it hashes a key, before hashing it: tests
/// use it to make a comparer throw, block, or reenter the map at a chosen key.
/// </summary>
internal sealed class HookedComparer(Action<string> onHash) : IEqualityComparer<string>
{
    /// <summary>A comparer that throws <see cref="InvalidOperationException"/> whenever it hashes <paramref name="poison"/>.</summary>
    public static HookedComparer Throwing(string poison) => new(Refusing(poison));

    /// <summary>A hook that throws <see cref="InvalidOperationException"/> for <paramref name="poison"/>.</summary>
    public static Action<string> Refusing(string poison) => key =>
    {
        if (key == poison)
        {
            throw new InvalidOperationException($"The comparer refuses '{poison}'.");
        }
    };

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj)
    {
        onHash(obj);
        return StringComparer.Ordinal.GetHashCode(obj);
    }
}
