namespace Lab.Implementations.Tests.Support;

/// <summary>
/// Integer equality whose hash is the key modulo 1,000 (so the poisoned key shares a hash with a
/// key below 1,000 and a map of 0..999 must call <see cref="Equals(int, int)"/> on it), and that
/// throws <see cref="InvalidOperationException"/> for one poisoned key: from
/// <see cref="GetHashCode(int)"/>, or from <see cref="Equals(int, int)"/> when either argument is it.
/// Deterministic: the same call always gives the same answer.
/// </summary>
public sealed class PoisonedIntComparer : IEqualityComparer<int>
{
    private readonly int poison;
    private readonly bool throwsInEquals;

    private PoisonedIntComparer(int poison, bool throwsInEquals)
    {
        this.poison = poison;
        this.throwsInEquals = throwsInEquals;
    }

    /// <summary>The comparer faults the tests name: "hash" (GetHashCode throws) and "equals" (Equals throws).</summary>
    public static IReadOnlyList<string> Faults { get; } = ["hash", "equals"];

    /// <summary>A comparer that refuses <paramref name="poison"/> in the named way (one of <see cref="Faults"/>).</summary>
    public static PoisonedIntComparer Refusing(int poison, string fault) => fault switch
    {
        "hash" => new PoisonedIntComparer(poison, throwsInEquals: false),
        "equals" => new PoisonedIntComparer(poison, throwsInEquals: true),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "Expected 'hash' or 'equals'."),
    };

    public bool Equals(int x, int y)
    {
        if (throwsInEquals && (x == poison || y == poison))
        {
            throw new InvalidOperationException($"The comparer refuses to compare {poison}.");
        }

        return x == y;
    }

    public int GetHashCode(int obj)
    {
        if (!throwsInEquals && obj == poison)
        {
            throw new InvalidOperationException($"The comparer refuses to hash {poison}.");
        }

        return (int)((uint)obj % 1000u);
    }
}
