using CsCheck;
using Lab.Maps;

namespace Lab.Implementations.Tests.Hamt;

/// <summary>
/// Random write sequences checked against a <see cref="Dictionary{TKey, TValue}"/> model, with the
/// structure validated after every write; CsCheck shrinks a failing sequence to a minimal one.
/// </summary>
public sealed class HamtModelTests
{
    // Keys from a small range so removes and overwrites hit; values from a tiny range so equal-value
    // (no-op) sets happen often.
    private static readonly Gen<MapWrite<int, int>> writeGen =
        Gen.Select(Gen.Int[0, 3], Gen.Int[-40, 160], Gen.Int[0, 3])
            .Select((kind, key, value) => kind == 3 ? MapWrite<int, int>.Remove(key) : MapWrite<int, int>.Set(key, value));

    private static readonly Gen<MapWrite<int, int>[]> writesGen = writeGen.Array[0, 400];

    public static TheoryData<string> Comparers() => ["default", .. IntHashComparer.ByName.Keys];

    private static IntHashComparer? ComparerNamed(string name)
        => name == "default" ? null : IntHashComparer.ByName[name];

    [Theory]
    [MemberData(nameof(Comparers))]
    public void Every_write_matches_the_model_and_keeps_the_trie_canonical(string comparerName)
    {
        var comparer = ComparerNamed(comparerName);
        writesGen.Sample(
            writes =>
            {
                var model = new Dictionary<int, int>(comparer);
                var map = PersistentHashDictionary<int, int>.Create(null, comparer);
                foreach (var write in writes)
                {
                    var next = write.Kind == MapWriteKind.Set ? map.SetItem(write.Key, write.Value) : map.Remove(write.Key);
                    var changed = Apply(model, write);
                    Assert.Equal(changed, !ReferenceEquals(next, map));
                    map = next;
                    HamtAssert.Valid(map);
                    HamtAssert.SameContents(model, map);
                }
            },
            iter: 60,
            threads: 1);
    }

    [Theory]
    [MemberData(nameof(Comparers))]
    public void Old_versions_never_change(string comparerName)
    {
        var comparer = ComparerNamed(comparerName);
        writesGen.Sample(
            writes =>
            {
                var model = new Dictionary<int, int>(comparer);
                var map = PersistentHashDictionary<int, int>.Create(null, comparer);
                var versions = new List<(PersistentHashDictionary<int, int> Map, Dictionary<int, int> Model)>();
                foreach (var write in writes)
                {
                    map = write.Kind == MapWriteKind.Set ? map.SetItem(write.Key, write.Value) : map.Remove(write.Key);
                    Apply(model, write);
                    versions.Add((map, new Dictionary<int, int>(model, comparer)));
                }

                foreach (var (version, versionModel) in versions)
                {
                    HamtAssert.Valid(version);
                    HamtAssert.SameContents(versionModel, version);
                }
            },
            iter: 40,
            threads: 1);
    }

    [Theory]
    [MemberData(nameof(Comparers))]
    public void A_batch_ends_in_the_same_trie_as_its_writes_one_by_one(string comparerName)
    {
        var comparer = ComparerNamed(comparerName);
        Gen.Select(writesGen, writesGen, Gen.Int[1, 50]).Sample(
            (prefix, writes, batchSize) =>
            {
                var start = PersistentHashDictionary<int, int>.Create(null, comparer).Apply(prefix);
                var startCopy = new Dictionary<int, int>(start, comparer);
                var oneByOne = start;
                foreach (var write in writes)
                {
                    oneByOne = write.Kind == MapWriteKind.Set ? oneByOne.SetItem(write.Key, write.Value) : oneByOne.Remove(write.Key);
                }

                var batched = start;
                for (var offset = 0; offset < writes.Length; offset += batchSize)
                {
                    batched = batched.Apply(writes.AsSpan(offset, Math.Min(batchSize, writes.Length - offset)));
                    HamtAssert.Valid(batched);
                }

                HamtAssert.SameContents(oneByOne, batched);
                HamtAssert.SameShape(oneByOne, batched);
                // Batches edit only nodes they created: the starting version is untouched.
                HamtAssert.Valid(start);
                HamtAssert.SameContents(startCopy, start);
            },
            iter: 60,
            threads: 1);
    }

    [Theory]
    [MemberData(nameof(Comparers))]
    public void HamtMap_matches_the_model_through_sets_removes_and_batches(string comparerName)
    {
        var comparer = ComparerNamed(comparerName);
        Gen.Select(writesGen, Gen.Int[1, 20]).Sample(
            (writes, batchSize) =>
            {
                var model = new Dictionary<int, int>(comparer);
                var map = new HamtMap<int, int>(comparer: comparer);
                var previous = map.Snapshot();
                var previousModel = new Dictionary<int, int>(comparer);
                for (var offset = 0; offset < writes.Length; offset += batchSize)
                {
                    var batch = writes.AsSpan(offset, Math.Min(batchSize, writes.Length - offset));
                    if (batch.Length == 1)
                    {
                        var write = batch[0];
                        if (write.Kind == MapWriteKind.Remove)
                        {
                            Assert.Equal(model.Remove(write.Key), map.Remove(write.Key));
                        }
                        else
                        {
                            model[write.Key] = write.Value;
                            map.Set(write.Key, write.Value);
                        }
                    }
                    else
                    {
                        foreach (var write in batch)
                        {
                            Apply(model, write);
                        }

                        map.ApplyBatch(batch);
                    }

                    var snapshot = Assert.IsType<PersistentHashDictionary<int, int>>(map.Snapshot());
                    HamtAssert.Valid(snapshot);
                    HamtAssert.SameContents(model, snapshot);
                    Assert.Equal(model.Count, map.Count);

                    // The snapshot taken before this write is untouched by it.
                    HamtAssert.SameContents(previousModel, previous);
                    previous = snapshot;
                    previousModel = new Dictionary<int, int>(model, comparer);
                }
            },
            iter: 60,
            threads: 1);
    }

    // Returns whether the write changed the model.
    private static bool Apply(Dictionary<int, int> model, MapWrite<int, int> write)
    {
        if (write.Kind == MapWriteKind.Remove)
        {
            return model.Remove(write.Key);
        }

        if (model.TryGetValue(write.Key, out var existing) && existing == write.Value)
        {
            return false;
        }

        model[write.Key] = write.Value;
        return true;
    }
}
