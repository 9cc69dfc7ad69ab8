using CsCheck;
using Lab.Maps;

namespace Lab.Implementations.Tests.ModelBased;

/// <summary>
/// CsCheck generators of map operations. Keys come from a small range and values from a smaller
/// one, so sequences often hit the same key, remove what they set, and write a value a key
/// already holds (the "changes nothing, publishes nothing" path).
/// </summary>
public static class OperationGens
{
    private const int keyCount = 16;
    private const int valueCount = 5;

    public static Gen<int> Key { get; } = Gen.Int[0, keyCount - 1];

    public static Gen<int> Value { get; } = Gen.Int[0, valueCount - 1];

    public static Gen<MapWrite<int, int>> Write { get; } = Gen.Frequency(
        (3, Gen.Select(Key, Value, MapWrite<int, int>.Set)),
        (1, Key.Select(MapWrite<int, int>.Remove)));

    public static Gen<MapWrite<int, int>[]> Writes { get; } = Write.Array[0, 40];

    public static Gen<ModelOperation> Operation { get; } = Gen.Frequency(
        (4, Gen.Select(Key, Value, ModelOperation.Set)),
        (2, Key.Select(ModelOperation.Remove)),
        (3, Key.Select(ModelOperation.Get)),
        (1, Write.Array[0, 6].Select(ModelOperation.Batch)),
        (1, Gen.Const(ModelOperation.Count)),
        (1, Gen.Const(ModelOperation.Snapshot)));

    public static Gen<ModelOperation[]> Sequence { get; } = Operation.Array[0, 60];
}
