using Lab.Implementations.Tests.Support;
using Lab.Maps;
using Lab.References;

namespace Lab.Implementations.Tests.Large;

/// <summary>
/// Every map at the lab's largest measured size: loaded with 100,000 entries (every copying
/// design's arrays on the large object heap), changed by a large batch and a few single writes,
/// then emptied, checked entry by entry against a dictionary model at each step.
/// </summary>
public sealed class LargeMapTests
{
    private const int size = 100_000;
    private const int batchSize = 30_000;

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void A_large_map_loads_changes_and_empties_like_a_dictionary(string id)
    {
        var model = Enumerable.Range(0, size).ToDictionary(key => key, key => key);
        var map = LabMaps.Get(id).Create<int, int>(initial: model);
        AssertHolds(model, map);

        // One batch: overwrite a third, insert a third as many new keys, remove a third.
        var batch = new MapWrite<int, int>[batchSize];
        for (var i = 0; i < batchSize; i++)
        {
            batch[i] = (i % 3) switch
            {
                0 => MapWrite<int, int>.Set(i, -i),
                1 => MapWrite<int, int>.Set(size + i, i),
                _ => MapWrite<int, int>.Remove(i),
            };
            Apply(model, batch[i]);
        }

        map.ApplyBatch(batch);
        AssertHolds(model, map);

        // A few single writes on the large map.
        foreach (var write in (MapWrite<int, int>[])[MapWrite<int, int>.Set(size - 1, 7), MapWrite<int, int>.Set(2 * size, 8), MapWrite<int, int>.Remove(3), MapWrite<int, int>.Remove(-1)])
        {
            if (write.Kind == MapWriteKind.Set)
            {
                map.Set(write.Key, write.Value);
            }
            else
            {
                Assert.Equal(model.ContainsKey(write.Key), map.Remove(write.Key));
            }

            Apply(model, write);
        }

        AssertHolds(model, map);

        map.ApplyBatch([.. model.Keys.Select(MapWrite<int, int>.Remove)]);
        model.Clear();
        AssertHolds(model, map);
    }

    private static void Apply(Dictionary<int, int> model, MapWrite<int, int> write)
    {
        if (write.Kind == MapWriteKind.Set)
        {
            model[write.Key] = write.Value;
        }
        else
        {
            model.Remove(write.Key);
        }
    }

    // Entry by entry, without sorting 100,000 rendered pairs: the count, every model key through the
    // map and through a snapshot, and a snapshot that enumerates exactly the model.
    private static void AssertHolds(Dictionary<int, int> model, IConcurrentMap<int, int> map)
    {
        Assert.Equal(model.Count, map.Count);
        var snapshot = map.Snapshot();
        Assert.Equal(model.Count, snapshot.Count);
        foreach (var (key, value) in model)
        {
            Assert.True(map.TryGetValue(key, out var seen), $"the map lost key {key}");
            Assert.Equal(value, seen);
            Assert.True(snapshot.TryGetValue(key, out var snapped), $"the snapshot lost key {key}");
            Assert.Equal(value, snapped);
        }

        var enumerated = 0;
        foreach (var (key, value) in snapshot)
        {
            Assert.True(model.TryGetValue(key, out var expected) && expected == value, $"the snapshot holds {key}={value}, the model does not");
            enumerated++;
        }

        Assert.Equal(model.Count, enumerated);
    }
}
