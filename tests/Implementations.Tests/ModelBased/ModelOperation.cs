using Lab.Maps;

namespace Lab.Implementations.Tests.ModelBased;

/// <summary>One step of a generated operation sequence; printed by CsCheck when a sequence fails.</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="Key">The key of a get, set or remove.</param>
/// <param name="Value">The value of a set.</param>
/// <param name="Writes">The writes of a batch; empty otherwise.</param>
public sealed record ModelOperation(ModelOperationKind Kind, int Key, int Value, MapWrite<int, int>[] Writes)
{
    public static ModelOperation Set(int key, int value) => new(ModelOperationKind.Set, key, value, []);

    public static ModelOperation Remove(int key) => new(ModelOperationKind.Remove, key, 0, []);

    public static ModelOperation Get(int key) => new(ModelOperationKind.Get, key, 0, []);

    public static ModelOperation Batch(MapWrite<int, int>[] writes) => new(ModelOperationKind.Batch, 0, 0, writes);

    public static ModelOperation Count { get; } = new(ModelOperationKind.Count, 0, 0, []);

    public static ModelOperation Snapshot { get; } = new(ModelOperationKind.Snapshot, 0, 0, []);

    public override string ToString() => Kind switch
    {
        ModelOperationKind.Set => $"Set({Key}, {Value})",
        ModelOperationKind.Remove => $"Remove({Key})",
        ModelOperationKind.Get => $"Get({Key})",
        ModelOperationKind.Batch => $"Batch[{string.Join(", ", Writes.Select(Describe))}]",
        _ => Kind.ToString(),
    };

    internal static string Describe(MapWrite<int, int> write)
        => write.Kind == MapWriteKind.Set ? $"Set({write.Key}, {write.Value})" : $"Remove({write.Key})";
}
