using Lab.Implementations.Tests.Support;
using Lab.Maps;
using Lab.References;
using static Lab.Implementations.Tests.Support.KeyValues;

namespace Lab.Implementations.Tests.Conformance;

/// <summary>
/// A key comparer that throws (from GetHashCode or from Equals) for one key, on every catalog map:
/// the exception reaches the caller, the map is left as <see cref="MapGuarantees.FailedBatchChangesNothing"/>
/// says, and the map still works for the next writer (no lock left held, no combiner left stuck).
/// </summary>
public sealed class ThrowingComparerTests
{
    // Hashes as 998 (a key in the map, so "equals" faults are reached) and lands in a later shard
    // of the sharded map than the batch's other keys 2000, 1, 2 and 2001.
    private const int poison = 5998;
    private const int size = 1000;

    public static TheoryData<string, string> IdsAndFaults()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in LabMaps.All)
        {
            foreach (var fault in PoisonedIntComparer.Faults)
            {
                data.Add(entry.Id, fault);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IdsAndFaults))]
    public void A_single_write_the_comparer_refuses_throws_and_changes_nothing(string id, string fault)
    {
        var (map, expected) = Poisoned(id, fault);

        Assert.Throws<InvalidOperationException>(() => map.Set(poison, 7));
        AssertHolds(expected, map);
        Assert.Throws<InvalidOperationException>(() => map.Remove(poison));
        AssertHolds(expected, map);

        AssertNextWriterCompletes(map, expected);
    }

    [Theory]
    [MemberData(nameof(IdsAndFaults))]
    public void A_batch_the_comparer_refuses_throws_and_leaves_what_the_catalog_promises(string id, string fault)
    {
        var (map, expected) = Poisoned(id, fault);
        MapWrite<int, int>[] batch =
        [
            MapWrite<int, int>.Set(2000, 1),
            MapWrite<int, int>.Set(1, -1),
            MapWrite<int, int>.Remove(2),
            MapWrite<int, int>.Set(poison, 7),
            MapWrite<int, int>.Set(2001, 1),
            MapWrite<int, int>.Remove(3),
        ];

        Assert.Throws<InvalidOperationException>(() => map.ApplyBatch(batch));

        if (!LabMaps.Get(id).Guarantees.FailedBatchChangesNothing)
        {
            // The writes before the refused one stay; it and the writes after it do not.
            expected[2000] = 1;
            expected[1] = -1;
            expected.Remove(2);
        }

        AssertHolds(expected, map);
        AssertNextWriterCompletes(map, expected);
    }

    private static (IConcurrentMap<int, int> Map, Dictionary<int, int> Expected) Poisoned(string id, string fault)
    {
        var expected = Enumerable.Range(0, size).ToDictionary(i => i, i => i);
        var map = LabMaps.Get(id).Create(PoisonedIntComparer.Refusing(poison, fault), expected.Select(pair => Pair(pair.Key, pair.Value)));
        return (map, expected);
    }

    private static void AssertHolds(Dictionary<int, int> expected, IConcurrentMap<int, int> map)
    {
        Assert.Equal(expected.Count, map.Count);
        foreach (var key in (int[])[1, 2, 3, 998, 2000, 2001, 2002])
        {
            Assert.Equal(expected.TryGetValue(key, out var value), map.TryGetValue(key, out var seen));
            Assert.Equal(value, seen);
        }

        SnapshotContract.AssertShows(expected, map.Snapshot());
    }

    // Another thread writes next, a single write and then a batch; the bounded wait only detects a hang.
    private static void AssertNextWriterCompletes(IConcurrentMap<int, int> map, Dictionary<int, int> expected)
    {
        var writer = Task.Run(() =>
        {
            map.Set(2002, 2);
            map.ApplyBatch([MapWrite<int, int>.Set(2003, 3), MapWrite<int, int>.Remove(4)]);
        });

        Assert.True(writer.Wait(FailureGuard.Timeout), "the next writer hung after the comparer threw");
        expected[2002] = 2;
        expected[2003] = 3;
        expected.Remove(4);
        AssertHolds(expected, map);
    }
}
