using CsCheck;
using Lab.Implementations.Tests.Conformance;
using Lab.Maps;

namespace Lab.Implementations.Tests.ModelBased;

/// <summary>
/// Model-based and metamorphic checks, reusable on any map factory: CsCheck generates operation
/// sequences and shrinks a failing one to the shortest, simplest sequence that still fails.
/// </summary>
public static class ModelChecks
{
    /// <summary>Sequences per check: a few seconds per map at most.</summary>
    public const int Iterations = 400;

    /// <summary>
    /// Every result of every generated sequence matches a <see cref="Dictionary{TKey, TValue}"/>
    /// with the map's comparer, and every snapshot taken along the way still shows its moment at the end.
    /// </summary>
    public static void MatchesDictionaryModel(Func<IConcurrentMap<int, int>> factory, int iterations = Iterations)
        => OperationGens.Sequence.Sample(operations => RunAgainstModel(factory, operations), iter: iterations);

    /// <summary><c>ApplyBatch(writes)</c> ends in the same state as the same writes applied one by one.</summary>
    public static void BatchEqualsOneByOne(Func<IConcurrentMap<int, int>> factory, int iterations = Iterations)
        => Gen.Select(OperationGens.Writes, OperationGens.Writes).Sample(
            (prefill, writes) =>
            {
                var batched = factory();
                var oneByOne = factory();
                foreach (var map in (IConcurrentMap<int, int>[])[batched, oneByOne])
                {
                    ApplyOneByOne(map, prefill);
                }

                batched.ApplyBatch(writes);
                ApplyOneByOne(oneByOne, writes);

                Assert.Equal(oneByOne.Count, batched.Count);
                SnapshotContract.AssertShows(oneByOne.Snapshot(), batched.Snapshot());
            },
            iter: iterations);

    private static void RunAgainstModel(Func<IConcurrentMap<int, int>> factory, ModelOperation[] operations)
    {
        var map = factory();
        var model = new Dictionary<int, int>(map.Comparer);
        var snapshots = new List<(IReadOnlyDictionary<int, int> Snapshot, Dictionary<int, int> Expected)>();
        foreach (var operation in operations)
        {
            switch (operation.Kind)
            {
                case ModelOperationKind.Set:
                    map.Set(operation.Key, operation.Value);
                    model[operation.Key] = operation.Value;
                    break;
                case ModelOperationKind.Remove:
                    Assert.Equal(model.Remove(operation.Key), map.Remove(operation.Key));
                    break;
                case ModelOperationKind.Get:
                    Assert.Equal(model.TryGetValue(operation.Key, out var expected), map.TryGetValue(operation.Key, out var actual));
                    Assert.Equal(expected, actual);
                    break;
                case ModelOperationKind.Batch:
                    map.ApplyBatch(operation.Writes);
                    ApplyOneByOne(model, operation.Writes);
                    break;
                case ModelOperationKind.Count:
                    Assert.Equal(model.Count, map.Count);
                    break;
                case ModelOperationKind.Snapshot:
                    var snapshot = map.Snapshot();
                    SnapshotContract.AssertShows(model, snapshot);
                    snapshots.Add((snapshot, new Dictionary<int, int>(model, model.Comparer)));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(operations), operation.Kind, "Unknown operation.");
            }
        }

        Assert.Equal(model.Count, map.Count);
        SnapshotContract.AssertShows(model, map.Snapshot());
        foreach (var (snapshot, expected) in snapshots)
        {
            SnapshotContract.AssertShows(expected, snapshot);
        }
    }

    private static void ApplyOneByOne(IConcurrentMap<int, int> map, MapWrite<int, int>[] writes)
    {
        foreach (var write in writes)
        {
            if (write.Kind == MapWriteKind.Set)
            {
                map.Set(write.Key, write.Value);
            }
            else
            {
                map.Remove(write.Key);
            }
        }
    }

    private static void ApplyOneByOne(Dictionary<int, int> model, MapWrite<int, int>[] writes)
    {
        foreach (var write in writes)
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
    }
}
