namespace Lab.Implementations.Tests.Hamt;

/// <summary>
/// Integer equality with a chosen hash function, to force trie shapes: full-hash collisions, few
/// distinct hashes, or hashes that differ only in their top bits (deep paths).
/// </summary>
public sealed class IntHashComparer(string name, Func<int, int> hash) : IEqualityComparer<int>
{
    /// <summary>Every key hashes to one value: one collision node holds everything.</summary>
    public static IntHashComparer Constant { get; } = new("constant", _ => 42);

    /// <summary>Three distinct hashes: three collision nodes.</summary>
    public static IntHashComparer Mod3 { get; } = new("mod3", key => ((key % 3) + 3) % 3);

    /// <summary>Hashes that agree on their low 25 bits: every key sits at depth 5 or deeper.</summary>
    public static IntHashComparer HighBits { get; } = new("highbits", key => (key & 0x7F) << 25);

    /// <summary>The default comparer's hash, through a custom comparer (no devirtualized fast path).</summary>
    public static IntHashComparer Identity { get; } = new("identity", key => key);

    public static IReadOnlyDictionary<string, IntHashComparer> ByName { get; } =
        new[] { Constant, Mod3, HighBits, Identity }.ToDictionary(comparer => comparer.Name);

    public string Name { get; } = name;

    public bool Equals(int x, int y) => x == y;

    public int GetHashCode(int obj) => hash(obj);

    public override string ToString() => Name;
}
