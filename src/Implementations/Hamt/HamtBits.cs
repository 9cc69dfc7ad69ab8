using System.Numerics;
using System.Runtime.CompilerServices;

namespace Lab.Maps;

/// <summary>
/// The trie geometry: <see cref="BitsPerLevel"/> hash bits per level, 2^BitsPerLevel-way nodes,
/// bitmap + popcount indexing. Every other constant derives from <see cref="BitsPerLevel"/> (at most 5,
/// so that a bitmap fits a <see langword="uint"/>).
/// </summary>
/// <remarks>
/// With 5 bits, levels 0 to 6 consume the 32-bit hash at shifts 0, 5, ..., 30 (the last level sees
/// only the top 2 bits). A node at <see cref="CollisionShift"/> (depth 7 with 5 bits) has used every
/// hash bit: it is a collision node whose entries all share one full hash.
/// </remarks>
internal static class HamtBits
{
    /// <summary>Hash bits consumed per trie level.</summary>
    public const int BitsPerLevel = 5;

    /// <summary>The mask of one level's fragment, after shifting.</summary>
    public const uint FragmentMask = (1u << BitsPerLevel) - 1;

    /// <summary>The shift of a collision node: all 32 hash bits are used by the levels above it.</summary>
    public const int CollisionShift = (32 + BitsPerLevel - 1) / BitsPerLevel * BitsPerLevel;

    /// <summary>The deepest node chain from the root to a collision node, both included.</summary>
    public const int MaxDepth = (CollisionShift / BitsPerLevel) + 1;

    /// <summary>The bitmap bit of <paramref name="hash"/>'s fragment at <paramref name="shift"/> (below <see cref="CollisionShift"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Bit(uint hash, int shift) => 1u << (int)((hash >> shift) & FragmentMask);

    /// <summary>The dense array index of <paramref name="bit"/> in <paramref name="bitmap"/>: the set bits below it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Index(uint bitmap, uint bit) => BitOperations.PopCount(bitmap & (bit - 1));
}
