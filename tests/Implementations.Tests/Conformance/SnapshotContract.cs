using Lab.Implementations.Tests.Support;
using Lab.Maps;

namespace Lab.Implementations.Tests.Conformance;

/// <summary>
/// The snapshot contract as reusable checks: the conformance tests run them on every catalog map,
/// the bug zoo on the broken variants.
/// </summary>
public static class SnapshotContract
{
    /// <summary>
    /// A snapshot taken before writes of every kind (insert, overwrite, remove, batch) still
    /// shows exactly the state it was taken in, through every read member.
    /// </summary>
    public static void NeverChangesAfterWrites(Func<IConcurrentMap<int, int>> factory)
    {
        var map = factory();
        map.ApplyBatch([MapWrite<int, int>.Set(1, 10), MapWrite<int, int>.Set(2, 20), MapWrite<int, int>.Set(3, 30)]);
        var snapshot = map.Snapshot();
        var expected = new Dictionary<int, int> { [1] = 10, [2] = 20, [3] = 30 };

        map.Set(4, 40);
        map.Set(1, 11);
        Assert.True(map.Remove(2));
        map.ApplyBatch([MapWrite<int, int>.Set(3, 31), MapWrite<int, int>.Set(5, 50), MapWrite<int, int>.Remove(1)]);

        AssertShows(expected, snapshot);
    }

    /// <summary>
    /// Every read member of <paramref name="snapshot"/> agrees with <paramref name="expected"/>:
    /// Count, enumeration (each entry once), Keys, Values, TryGetValue, ContainsKey, the indexer.
    /// </summary>
    public static void AssertShows<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> expected, IReadOnlyDictionary<TKey, TValue> snapshot)
        where TKey : notnull
    {
        var enumerated = KeyValues.Contents(snapshot);
        KeyValues.AssertSameContents(expected, enumerated);
        Assert.Equal(expected.Count, snapshot.Count);
        Assert.Equal(expected.Keys.Count(), snapshot.Keys.Count());
        Assert.Equal(expected.Count, snapshot.Values.Count());
        foreach (var (key, value) in expected)
        {
            Assert.True(snapshot.ContainsKey(key), $"The snapshot lost the key '{key}'.");
            Assert.True(snapshot.TryGetValue(key, out var seen), $"The snapshot lost the key '{key}'.");
            Assert.Equal(value, seen);
            Assert.Equal(value, snapshot[key]);
        }
    }
}
