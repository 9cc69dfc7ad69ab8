namespace Lab.Implementations.Tests.Support;

/// <summary>Small helpers to build and compare map contents in tests.</summary>
public static class KeyValues
{
    /// <summary>A key-value pair, shorter to write in test data.</summary>
    public static KeyValuePair<TKey, TValue> Pair<TKey, TValue>(TKey key, TValue value) => new(key, value);

    /// <summary>The contents of a read-only dictionary, copied into a dictionary with <paramref name="comparer"/>.</summary>
    /// <remarks>Fails when enumeration yields a key twice.</remarks>
    public static Dictionary<TKey, TValue> Contents<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> view, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var copy = new Dictionary<TKey, TValue>(comparer);
        foreach (var pair in view)
        {
            Assert.True(copy.TryAdd(pair.Key, pair.Value), $"Enumeration yielded the key '{pair.Key}' twice.");
        }

        return copy;
    }

    /// <summary>Asserts both hold exactly the same entries, with a readable message when not.</summary>
    public static void AssertSameContents<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> expected, IReadOnlyDictionary<TKey, TValue> actual)
        where TKey : notnull
    {
        Assert.Equal(Sorted(expected), Sorted(actual));
        Assert.Equal(expected.Count, actual.Count);
    }

    private static List<string> Sorted<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> view)
        => [.. view.Select(pair => $"{pair.Key}={pair.Value}").Order(StringComparer.Ordinal)];
}
