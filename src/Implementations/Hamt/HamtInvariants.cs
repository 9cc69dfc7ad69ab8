using System.Numerics;

namespace Lab.Maps;

/// <summary>
/// Checks every structural invariant of a <see cref="PersistentHashDictionary{TKey, TValue}"/>'s trie, for
/// tests: a full walk, O(n).
/// </summary>
internal static class HamtInvariants
{
    /// <summary>Every violation found in <paramref name="map"/>; empty when the trie is sound and canonical.</summary>
    public static IReadOnlyList<string> Validate<TKey, TValue>(PersistentHashDictionary<TKey, TValue> map)
        where TKey : notnull
    {
        var violations = new List<string>();
        var root = map.Root;
        if (root.Entries.Length == 0 && root.Children.Length == 0 && !ReferenceEquals(root, HamtNode<TKey, TValue>.Empty))
        {
            violations.Add("an empty map does not hold the canonical empty root");
        }

        if (map.Count == 0 && !ReferenceEquals(root, HamtNode<TKey, TValue>.Empty))
        {
            violations.Add("Count is 0 but the root is not the canonical empty root");
        }

        var entries = Walk(root, 0, 0, map.KeyComparer, violations);
        if (entries != map.Count)
        {
            violations.Add($"Count is {map.Count} but the trie holds {entries} entries");
        }

        return violations;
    }

    // Returns the number of entries under node; prefix holds the hash bits below shift that lead here.
    private static int Walk<TKey, TValue>(
        HamtNode<TKey, TValue> node,
        int shift,
        uint prefix,
        IEqualityComparer<TKey>? comparer,
        List<string> violations)
        where TKey : notnull
    {
        var where = $"node at shift {shift}, prefix 0x{prefix:x8}";
        if (shift > 0 && node.Entries.Length == 0 && node.Children.Length == 0)
        {
            violations.Add($"{where}: empty non-root node");
        }

        if (shift > 0 && node.IsSingleEntry)
        {
            violations.Add($"{where}: non-root node with one entry and no sub-node (not canonical)");
        }

        foreach (var entry in node.Entries)
        {
            var hash = HamtKeys.Hash(comparer, entry.Key);
            if (shift > 0 && (hash & PrefixMask(shift)) != prefix)
            {
                violations.Add($"{where}: entry '{entry.Key}' hash 0x{hash:x8} does not match the path");
            }
        }

        if (shift == HamtBits.CollisionShift)
        {
            ValidateCollision(node, where, comparer, violations);
            return node.Entries.Length;
        }

        if ((node.DataMap & node.NodeMap) != 0)
        {
            violations.Add($"{where}: bitmaps overlap (data 0x{node.DataMap:x8}, nodes 0x{node.NodeMap:x8})");
        }

        if (BitOperations.PopCount(node.DataMap) != node.Entries.Length)
        {
            violations.Add($"{where}: data bitmap has {BitOperations.PopCount(node.DataMap)} bits for {node.Entries.Length} entries");
            return node.Entries.Length;
        }

        if (BitOperations.PopCount(node.NodeMap) != node.Children.Length)
        {
            violations.Add($"{where}: node bitmap has {BitOperations.PopCount(node.NodeMap)} bits for {node.Children.Length} sub-nodes");
            return node.Entries.Length;
        }

        for (var i = 0; i < node.Entries.Length; i++)
        {
            var fragment = NthSetBit(node.DataMap, i);
            if (HamtBits.Bit(HamtKeys.Hash(comparer, node.Entries[i].Key), shift) != 1u << fragment)
            {
                violations.Add($"{where}: entry '{node.Entries[i].Key}' sits at fragment {fragment}, its hash says otherwise");
            }
        }

        var count = node.Entries.Length;
        for (var i = 0; i < node.Children.Length; i++)
        {
            var fragment = (uint)NthSetBit(node.NodeMap, i);
            var childPrefix = prefix | (fragment << shift);
            count += Walk(node.Children[i], shift + HamtBits.BitsPerLevel, childPrefix, comparer, violations);
        }

        return count;
    }

    private static void ValidateCollision<TKey, TValue>(
        HamtNode<TKey, TValue> node,
        string where,
        IEqualityComparer<TKey>? comparer,
        List<string> violations)
        where TKey : notnull
    {
        if (node.DataMap != 0 || node.NodeMap != 0 || node.Children.Length != 0)
        {
            violations.Add($"{where}: collision node with bitmaps or sub-nodes");
        }

        if (node.Entries.Length < 2)
        {
            violations.Add($"{where}: collision node with {node.Entries.Length} entries");
        }

        for (var i = 0; i < node.Entries.Length; i++)
        {
            if (HamtKeys.Hash(comparer, node.Entries[i].Key) != HamtKeys.Hash(comparer, node.Entries[0].Key))
            {
                violations.Add($"{where}: collision node entries with different hashes");
            }

            for (var j = i + 1; j < node.Entries.Length; j++)
            {
                if (HamtKeys.Equal(comparer, node.Entries[i].Key, node.Entries[j].Key))
                {
                    violations.Add($"{where}: key '{node.Entries[i].Key}' stored twice");
                }
            }
        }
    }

    // The hash bits consumed by the levels above shift (all 32 at the collision depth).
    private static uint PrefixMask(int shift) => shift >= 32 ? uint.MaxValue : (1u << shift) - 1;

    private static int NthSetBit(uint bitmap, int n)
    {
        for (var i = 0; i < n; i++)
        {
            bitmap &= bitmap - 1;
        }

        return BitOperations.TrailingZeroCount(bitmap);
    }
}
