using Lab.Implementations.Tests.Support;
using Lab.Maps;
using Lab.References;
using static Lab.Implementations.Tests.Support.KeyValues;

namespace Lab.Implementations.Tests.Conformance;

/// <summary>
/// Every member's contract and its edge cases, single-threaded, on every catalog map (the
/// unsynchronized baseline included), with int and string keys.
/// </summary>
public sealed class ConformanceTests
{
    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Empty_map_has_nothing(string id)
    {
        var map = LabMaps.Get(id).Create<int, string>();

        Assert.Equal(0, map.Count);
        Assert.False(map.TryGetValue(1, out var value));
        Assert.Null(value);
        Assert.False(map.Remove(1));
        Assert.Equal(0, map.Count);
        SnapshotContract.AssertShows(new Dictionary<int, string>(), map.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Int_keys_follow_the_contract(string id)
        => BasicContract(LabMaps.Get(id), [3, -7, 0, int.MaxValue, int.MinValue, 1 << 20]);

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void String_keys_follow_the_contract(string id)
        => BasicContract(LabMaps.Get(id), ["alpha", "Alpha", "", "a key with spaces", "ß", "beta"]);

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Count_follows_each_kind_of_write(string id)
    {
        var map = LabMaps.Get(id).Create<int, int>();

        map.Set(1, 10);
        Assert.Equal(1, map.Count); // insert
        map.Set(1, 11);
        Assert.Equal(1, map.Count); // overwrite
        map.Set(1, 11);
        Assert.Equal(1, map.Count); // overwrite with the same value
        map.Set(2, 20);
        Assert.Equal(2, map.Count);
        Assert.True(map.Remove(1));
        Assert.Equal(1, map.Count); // remove present
        Assert.False(map.Remove(1));
        Assert.Equal(1, map.Count); // remove absent
        map.ApplyBatch([MapWrite<int, int>.Set(3, 30), MapWrite<int, int>.Set(4, 40), MapWrite<int, int>.Remove(2), MapWrite<int, int>.Remove(99)]);
        Assert.Equal(2, map.Count); // batch: +2 -1, absent remove ignored
        map.ApplyBatch([]);
        Assert.Equal(2, map.Count); // empty batch
    }

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Remove_twice_removes_once(string id)
    {
        var map = LabMaps.Get(id).Create<string, int>();
        map.Set("k", 1);

        Assert.True(map.Remove("k"));
        Assert.False(map.Remove("k"));
        Assert.False(map.TryGetValue("k", out _));
        Assert.Equal(0, map.Count);
    }

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Initial_contents_are_loaded_and_a_later_duplicate_wins(string id)
    {
        var map = LabMaps.Get(id).Create<string, int>(initial: [Pair("a", 1), Pair("b", 2), Pair("a", 3)]);

        Assert.Equal(2, map.Count);
        Assert.True(map.TryGetValue("a", out var a));
        Assert.Equal(3, a);
        Assert.True(map.TryGetValue("b", out var b));
        Assert.Equal(2, b);
        SnapshotContract.AssertShows(new Dictionary<string, int> { ["a"] = 3, ["b"] = 2 }, map.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Initial_contents_with_a_null_key_are_rejected(string id)
    {
        var descriptor = LabMaps.Get(id);
        Assert.Throws<ArgumentNullException>(() => descriptor.Create<string, int>(initial: [Pair("a", 1), Pair<string, int>(null!, 2)]));
    }

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Null_keys_are_rejected_and_change_nothing(string id)
    {
        var map = LabMaps.Get(id).Create<string, int>(initial: [Pair("kept", 1)]);

        Assert.Throws<ArgumentNullException>(() => map.TryGetValue(null!, out _));
        Assert.Throws<ArgumentNullException>(() => map.Set(null!, 2));
        Assert.Throws<ArgumentNullException>(() => map.Remove(null!));
        Assert.Throws<ArgumentNullException>(() => map.ApplyBatch([MapWrite<string, int>.Set("new", 3), MapWrite<string, int>.Remove("kept"), MapWrite<string, int>.Set(null!, 4)]));
        Assert.Throws<ArgumentNullException>(() => map.ApplyBatch([MapWrite<string, int>.Remove(null!)]));

        // The rejected batch changed nothing, not even its writes before the null key.
        Assert.Equal(1, map.Count);
        SnapshotContract.AssertShows(new Dictionary<string, int> { ["kept"] = 1 }, map.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Batch_applies_writes_in_order_and_a_later_write_wins(string id)
    {
        var map = LabMaps.Get(id).Create<int, int>(initial: [Pair(1, 0), Pair(2, 0)]);

        map.ApplyBatch(
        [
            MapWrite<int, int>.Set(1, 10),
            MapWrite<int, int>.Set(1, 11), // later set wins
            MapWrite<int, int>.Remove(2),
            MapWrite<int, int>.Set(2, 22), // set after remove: present
            MapWrite<int, int>.Set(3, 30),
            MapWrite<int, int>.Remove(3), // remove after set: absent
            MapWrite<int, int>.Remove(4), // absent key: no effect
        ]);

        SnapshotContract.AssertShows(new Dictionary<int, int> { [1] = 11, [2] = 22 }, map.Snapshot());
        Assert.Equal(2, map.Count);
    }

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Snapshot_never_changes_after_writes(string id)
        => SnapshotContract.NeverChangesAfterWrites(Catalog.IntMaps(id));

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Snapshot_reads_agree_with_the_map(string id)
    {
        var map = LabMaps.Get(id).Create<int, int>(initial: Enumerable.Range(0, 100).Select(i => Pair(i, i * i)));
        map.Remove(50);
        map.Set(100, -1);

        var snapshot = map.Snapshot();

        var expected = Enumerable.Range(0, 101).Where(i => i != 50).ToDictionary(i => i, i => i == 100 ? -1 : i * i);
        SnapshotContract.AssertShows(expected, snapshot);
        Assert.False(snapshot.ContainsKey(50));
        Assert.False(snapshot.TryGetValue(50, out _));
        Assert.Throws<KeyNotFoundException>(() => snapshot[50]);
    }

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Case_insensitive_comparer_is_honored_everywhere(string id)
    {
        var comparer = StringComparer.OrdinalIgnoreCase;
        var map = LabMaps.Get(id).Create<string, int>(comparer, [Pair("Key", 1), Pair("KEY", 2)]);

        Assert.Same(comparer, map.Comparer);
        Assert.Equal(1, map.Count); // the duplicate under the comparer collapsed, later wins
        Assert.True(map.TryGetValue("key", out var value));
        Assert.Equal(2, value);

        map.Set("kEY", 3);
        Assert.Equal(1, map.Count);
        map.ApplyBatch([MapWrite<string, int>.Set("OTHER", 4), MapWrite<string, int>.Set("other", 5)]);
        Assert.Equal(2, map.Count);

        var snapshot = map.Snapshot();
        Assert.True(snapshot.TryGetValue("KeY", out var fromSnapshot));
        Assert.Equal(3, fromSnapshot);
        Assert.True(snapshot.ContainsKey("Other"));
        Assert.Equal(5, snapshot["oThEr"]);
        Assert.Equal(2, KeyValues.Contents(snapshot).Count);

        Assert.True(map.Remove("KEY"));
        Assert.False(map.Remove("key"));
        Assert.Equal(1, map.Count);
    }

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Default_comparer_is_reported(string id)
    {
        var map = LabMaps.Get(id).Create<string, int>();

        Assert.True(map.Comparer.Equals("a", "a"));
        Assert.False(map.Comparer.Equals("a", "A"));
    }

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Colliding_hashes_keep_keys_apart(string id)
    {
        foreach (var distinctHashes in (int[])[1, 3])
        {
            var comparer = new CollidingIntComparer(distinctHashes);
            var map = LabMaps.Get(id).Create<int, int>(comparer, Enumerable.Range(0, 40).Select(i => Pair(i, i)));
            Assert.Same(comparer, map.Comparer);

            for (var i = 40; i < 80; i++)
            {
                map.Set(i, i);
            }

            for (var i = 0; i < 80; i += 2)
            {
                Assert.True(map.Remove(i), $"key {i} with {distinctHashes} distinct hash(es)");
            }

            map.ApplyBatch([MapWrite<int, int>.Set(1, -1), MapWrite<int, int>.Set(2, -2)]);

            var expected = Enumerable.Range(0, 80).Where(i => i % 2 == 1).ToDictionary(i => i, i => i == 1 ? -1 : i);
            expected[2] = -2;
            Assert.Equal(expected.Count, map.Count);
            foreach (var (key, value) in expected)
            {
                Assert.True(map.TryGetValue(key, out var seen), $"key {key} with {distinctHashes} distinct hash(es)");
                Assert.Equal(value, seen);
            }

            Assert.False(map.TryGetValue(4, out _));
            SnapshotContract.AssertShows(expected, map.Snapshot());
        }
    }

    // Insert, read, overwrite, missing key, remove and snapshot for one key type.
    private static void BasicContract<TKey>(MapDescriptor descriptor, TKey[] keys)
        where TKey : notnull
    {
        var map = descriptor.Create<TKey, int>();
        var model = new Dictionary<TKey, int>();
        for (var i = 0; i < keys.Length; i++)
        {
            map.Set(keys[i], i);
            model[keys[i]] = i;
            Assert.Equal(model.Count, map.Count);
        }

        foreach (var (key, value) in model)
        {
            Assert.True(map.TryGetValue(key, out var seen), $"missing key '{key}'");
            Assert.Equal(value, seen);
        }

        // Overwrite keeps the count and replaces the value.
        map.Set(keys[0], 100);
        model[keys[0]] = 100;
        Assert.True(map.TryGetValue(keys[0], out var overwritten));
        Assert.Equal(100, overwritten);
        Assert.Equal(model.Count, map.Count);

        // A removed key is missing and reads as default.
        Assert.True(map.Remove(keys[1]));
        model.Remove(keys[1]);
        Assert.False(map.TryGetValue(keys[1], out var missing));
        Assert.Equal(0, missing);
        Assert.Equal(model.Count, map.Count);

        SnapshotContract.AssertShows(model, map.Snapshot());
    }
}
