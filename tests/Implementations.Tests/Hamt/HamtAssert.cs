using Lab.Maps;

namespace Lab.Implementations.Tests.Hamt;

/// <summary>Assertions over a trie's structure and contents.</summary>
internal static class HamtAssert
{
    /// <summary>The trie is sound and canonical.</summary>
    public static void Valid<TKey, TValue>(PersistentHashDictionary<TKey, TValue> map)
        where TKey : notnull
    {
        var violations = HamtInvariants.Validate(map);
        Assert.True(violations.Count == 0, "HAMT invariants violated:\n" + string.Join("\n", violations.Take(20)));
    }

    /// <summary>The map holds exactly the model's entries, found by lookup and enumerated once each.</summary>
    public static void SameContents<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> model, IReadOnlyDictionary<TKey, TValue> map)
        where TKey : notnull
    {
        Assert.Equal(model.Count, map.Count);
        foreach (var (key, value) in model)
        {
            Assert.True(map.TryGetValue(key, out var found), $"key {key} missing");
            Assert.Equal(value, found);
        }

        var seen = new Dictionary<TKey, TValue>(model.Count, (model as Dictionary<TKey, TValue>)?.Comparer);
        foreach (var (key, value) in map)
        {
            Assert.True(seen.TryAdd(key, value), $"key {key} enumerated twice");
        }

        Assert.Equal(model.Count, seen.Count);
        foreach (var (key, value) in seen)
        {
            Assert.True(model.TryGetValue(key, out var expected), $"key {key} enumerated but not in the model");
            Assert.Equal(expected, value);
        }
    }

    /// <summary>Two tries have the same shape: what canonical form promises for equal contents.</summary>
    public static void SameShape<TValue>(PersistentHashDictionary<int, TValue> expected, PersistentHashDictionary<int, TValue> actual)
        => SameShape(expected.Root, actual.Root, 0);

    private static void SameShape<TValue>(HamtNode<int, TValue> expected, HamtNode<int, TValue> actual, int shift)
    {
        Assert.Equal(expected.DataMap, actual.DataMap);
        Assert.Equal(expected.NodeMap, actual.NodeMap);
        // Collision nodes keep insertion order; compare them as sets.
        var order = shift == HamtBits.CollisionShift;
        Assert.Equal(
            expected.Entries.Select(entry => (entry.Key, entry.Value)).OrderBy(entry => order ? entry.Key : 0),
            actual.Entries.Select(entry => (entry.Key, entry.Value)).OrderBy(entry => order ? entry.Key : 0));
        Assert.Equal(expected.Children.Length, actual.Children.Length);
        for (var i = 0; i < expected.Children.Length; i++)
        {
            SameShape(expected.Children[i], actual.Children[i], shift + HamtBits.BitsPerLevel);
        }
    }
}
