using Lab.Implementations.Tests.Support;
using Lab.Maps;

namespace Lab.Implementations.Tests.Layered;

public sealed class LayeredMapTests
{
    private static Dictionary<int, int> Range(int count) => Enumerable.Range(0, count).ToDictionary(key => key, key => key * 10);

    private static LayeredMap<int, int> ManualMap(int baseEntries) => new(Range(baseEntries), policy: LayeredCompactionPolicy.Manual);

    private static void AssertContents(Dictionary<int, int> expected, LayeredMap<int, int> map)
    {
        Assert.Equal(expected.Count, map.Count);
        var snapshot = map.Snapshot();
        Assert.Equal(expected.Count, snapshot.Count);
        Assert.Equal(expected.OrderBy(pair => pair.Key), snapshot.OrderBy(pair => pair.Key));
        foreach (var pair in expected)
        {
            Assert.True(map.TryGetValue(pair.Key, out var value));
            Assert.Equal(pair.Value, value);
        }
    }

    [Fact]
    public void A_tombstone_hides_the_base_entry()
    {
        var map = ManualMap(100);

        Assert.True(map.Remove(5));

        Assert.False(map.TryGetValue(5, out var value));
        Assert.Equal(0, value);
        Assert.Equal(99, map.Count);
        Assert.Equal(1, map.OverrideCount);
        var snapshot = map.Snapshot();
        Assert.False(snapshot.ContainsKey(5));
        Assert.DoesNotContain(5, snapshot.Keys);
        Assert.Equal(99, snapshot.Keys.Count());
        Assert.False(map.Remove(5));
    }

    [Fact]
    public void Setting_a_removed_base_key_again_replaces_its_tombstone()
    {
        var map = ManualMap(10);
        map.Remove(3);

        map.Set(3, 7);

        Assert.True(map.TryGetValue(3, out var value));
        Assert.Equal(7, value);
        Assert.Equal(10, map.Count);
        Assert.Equal(1, map.OverrideCount);
    }

    [Fact]
    public void The_override_holds_only_keys_that_differ_from_the_base()
    {
        var map = ManualMap(10);

        map.Set(100, 1);
        Assert.True(map.Remove(100)); // added in the override, so removing needs no tombstone
        map.Set(4, 41);
        map.Set(4, 40);               // back to the base's value
        map.Remove(6);
        map.Set(6, 60);               // restored to the base's value

        Assert.Equal(0, map.OverrideCount);
        AssertContents(Range(10), map);
    }

    [Fact]
    public void Compact_keeps_contents_and_empties_the_override()
    {
        var map = ManualMap(200);
        var model = Range(200);
        var random = new Random(7);
        for (var i = 0; i < 150; i++)
        {
            var key = random.Next(300);
            if (random.Next(3) == 0)
            {
                Assert.Equal(model.Remove(key), map.Remove(key));
            }
            else
            {
                model[key] = i;
                map.Set(key, i);
            }
        }

        var before = map.Snapshot();
        var beforeContents = before.ToDictionary();
        Assert.NotEqual(0, map.OverrideCount);
        AssertContents(model, map);

        map.Compact();

        Assert.Equal(0, map.OverrideCount);
        Assert.Equal(1, map.ReadCounters().Compactions);
        AssertContents(model, map);
        Assert.Equal(beforeContents.OrderBy(pair => pair.Key), before.OrderBy(pair => pair.Key));
    }

    [Fact]
    public void Compact_with_an_empty_override_does_nothing()
    {
        var map = ManualMap(10);

        map.Compact();

        Assert.Equal(default, map.ReadCounters());
    }

    [Fact]
    public void The_policy_compacts_once_the_override_passes_its_fraction_of_the_base()
    {
        // Base of 100 entries, fraction 0.1: the override may hold 10 entries, not 11.
        var map = new LayeredMap<int, int>(Range(100), policy: new LayeredCompactionPolicy(maxOverrideFraction: 0.1, minOverrideEntries: 4));
        for (var key = 1000; key < 1010; key++)
        {
            map.Set(key, key);
        }

        Assert.Equal(10, map.OverrideCount);
        Assert.Equal(0, map.ReadCounters().Compactions);

        map.Set(1010, 1010);

        Assert.Equal(0, map.OverrideCount);
        var counters = map.ReadCounters();
        Assert.Equal(1, counters.Compactions);
        Assert.Equal(111, map.Count);

        // The next threshold is measured against the new, larger base: 11 entries.
        for (var key = 0; key < 11; key++)
        {
            map.Remove(key);
        }

        Assert.Equal(11, map.OverrideCount);
        Assert.Equal(1, map.ReadCounters().Compactions);
        map.Remove(11);
        Assert.Equal(2, map.ReadCounters().Compactions);
        Assert.Equal(99, map.Count);
    }

    [Fact]
    public void The_minimum_keeps_a_tiny_map_from_compacting_on_every_write()
    {
        var map = new LayeredMap<int, int>();
        for (var key = 0; key < LayeredCompactionPolicy.DefaultMinOverrideEntries; key++)
        {
            map.Set(key, key);
        }

        Assert.Equal(0, map.ReadCounters().Compactions);
        Assert.Equal(LayeredCompactionPolicy.DefaultMinOverrideEntries, map.OverrideCount);

        map.Set(-1, -1);

        Assert.Equal(1, map.ReadCounters().Compactions);
        Assert.Equal(0, map.OverrideCount);
        Assert.Equal(LayeredCompactionPolicy.DefaultMinOverrideEntries + 1, map.Count);
    }

    [Fact]
    public void Counters_count_override_copies_and_compacted_entries()
    {
        var map = ManualMap(50);

        map.Set(100, 1);   // copies the empty override
        map.Set(101, 1);   // copies 1 entry
        map.Set(101, 1);   // no change: no copy
        Assert.False(map.Remove(999));
        map.ApplyBatch([MapWrite<int, int>.Set(102, 1), MapWrite<int, int>.Remove(0), MapWrite<int, int>.Set(103, 1)]); // copies 2

        var writes = map.ReadCounters();
        Assert.Equal(3, writes.Copies);
        Assert.Equal(0 + 1 + 2, writes.EntriesCopied);
        Assert.Equal(0, writes.Compactions);
        Assert.Equal(0, writes.Rebuilds);

        map.Compact();

        var compaction = map.ReadCounters() - writes;
        Assert.Equal(1, compaction.Compactions);
        Assert.Equal(0, compaction.Copies);
        Assert.Equal(53, compaction.EntriesCopied);
        Assert.Equal(53, map.Count);
    }

    [Fact]
    public void A_batch_publishes_once_with_an_exact_count()
    {
        var map = ManualMap(10);
        var snapshot = map.Snapshot();

        map.ApplyBatch(
        [
            MapWrite<int, int>.Set(20, 1),
            MapWrite<int, int>.Remove(20),
            MapWrite<int, int>.Remove(1),
            MapWrite<int, int>.Remove(1),
            MapWrite<int, int>.Set(2, 5),
            MapWrite<int, int>.Set(21, 2),
        ]);

        Assert.Equal(1, map.ReadCounters().Copies);
        var expected = Range(10);
        expected.Remove(1);
        expected[2] = 5;
        expected[21] = 2;
        AssertContents(expected, map);
        Assert.Equal(Range(10).OrderBy(pair => pair.Key), snapshot.OrderBy(pair => pair.Key));
    }

    [Fact]
    public void A_failing_write_publishes_nothing()
    {
        var comparer = HookedComparer.Throwing("poison");
        var map = new LayeredMap<string, int>([new("a", 1)], comparer, LayeredCompactionPolicy.Manual);

        Assert.Throws<InvalidOperationException>(() => map.ApplyBatch([MapWrite<string, int>.Set("b", 2), MapWrite<string, int>.Set("poison", 3)]));

        Assert.Equal(1, map.Count);
        Assert.False(map.TryGetValue("b", out _));
        Assert.Equal(0, map.OverrideCount);
    }

    [Fact]
    public void The_comparer_is_honored_in_both_layers_and_across_compaction()
    {
        var map = new LayeredMap<string, int>([new("Alpha", 1)], StringComparer.OrdinalIgnoreCase, LayeredCompactionPolicy.Manual);

        map.Set("BETA", 2);
        Assert.True(map.TryGetValue("alpha", out var alpha));
        Assert.True(map.TryGetValue("beta", out var beta));
        Assert.Equal((1, 2), (alpha, beta));
        Assert.True(map.Remove("ALPHA"));

        map.Compact();

        Assert.False(map.TryGetValue("Alpha", out _));
        Assert.True(map.TryGetValue("Beta", out beta));
        Assert.Equal(2, beta);
        Assert.Same(StringComparer.OrdinalIgnoreCase, map.Comparer);
    }

    [Fact]
    public void Readers_see_base_keys_and_monotonic_values_across_compactions()
    {
        // Base keys 0..999 are never removed; the writer raises the values of keys 0..99 and
        // adds keys 1000+, so compactions run often. A reader must never miss a base key nor see
        // a value go down, whatever state it reads.
        const int BaseKeys = 1000;
        const int Rounds = 40;
        var map = new LayeredMap<int, int>(
            Enumerable.Range(0, BaseKeys).Select(key => new KeyValuePair<int, int>(key, 0)),
            policy: new LayeredCompactionPolicy(maxOverrideFraction: 0.02, minOverrideEntries: 8));
        using var start = new Barrier(2);
        var writerDone = 0;
        string? failure = null;

        var reader = new Thread(() =>
        {
            var seen = new int[100];
            var key = 0;
            start.SignalAndWait();
            while (Volatile.Read(ref writerDone) == 0 && failure is null)
            {
                key = (key + 7) % BaseKeys;
                if (!map.TryGetValue(key, out var value))
                {
                    failure = $"base key {key} missing";
                }
                else if (key < 100)
                {
                    if (value < seen[key])
                    {
                        failure = $"key {key} went from {seen[key]} down to {value}";
                    }

                    seen[key] = value;
                }
            }
        });
        reader.Start();
        start.SignalAndWait();
        for (var round = 1; round <= Rounds; round++)
        {
            for (var key = 0; key < 100; key++)
            {
                map.Set(key, round);
            }

            map.Set(BaseKeys + round, round);
        }

        Volatile.Write(ref writerDone, 1);
        Assert.True(reader.Join(FailureGuard.Timeout), "the reader did not finish");
        Assert.Null(failure);
        Assert.True(map.ReadCounters().Compactions >= Rounds, "the policy should have compacted at least once per round");
        Assert.Equal(BaseKeys + Rounds, map.Count);
        Assert.All(Enumerable.Range(0, 100), key => Assert.Equal(Rounds, map.Snapshot()[key]));
    }

    [Fact]
    public void The_policy_rejects_bad_settings()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LayeredCompactionPolicy(maxOverrideFraction: -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LayeredCompactionPolicy(maxOverrideFraction: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LayeredCompactionPolicy(minOverrideEntries: -1));
    }
}
