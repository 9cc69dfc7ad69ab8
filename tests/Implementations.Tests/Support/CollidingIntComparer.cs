namespace Lab.Implementations.Tests.Support;

/// <summary>
/// Integer equality with a deliberately poor hash: only <paramref name="distinctHashes"/> hash codes
/// exist, so many unequal keys share one. With one distinct hash every key collides.
/// </summary>
/// <param name="distinctHashes">How many different hash codes keys map to; at least 1.</param>
public sealed class CollidingIntComparer(int distinctHashes) : IEqualityComparer<int>
{
    private readonly int distinctHashes = distinctHashes >= 1
        ? distinctHashes
        : throw new ArgumentOutOfRangeException(nameof(distinctHashes), distinctHashes, "At least one distinct hash is needed.");

    public bool Equals(int x, int y) => x == y;

    public int GetHashCode(int obj) => (int)((uint)obj % (uint)distinctHashes);
}
