using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Scenarios.Targets;

/// <summary>
/// The design targets' operations and the cells each is measured on. The ids are CSV <c>mix</c>
/// values the note and the plotter's target table look up: never rename one.
/// </summary>
internal static class TargetOperations
{
    /// <summary>Read of an existing key (COW vs Dictionary, HAMT vs Dictionary/ImmutableDictionary, layered, frozen).</summary>
    public const string Lookup = "lookup";

    /// <summary>Insert of a key not in the map (HAMT insert time and allocation).</summary>
    public const string Insert = "insert";

    /// <summary>Uncontended update of an existing key (COW vs sharded write cost; CAS vs locked COW write).</summary>
    public const string Update = "update";

    public static IReadOnlyList<string> LookupMaps { get; } = ["cow", "dictionary", "hamt", "immutable", "layered", "frozen"];

    public static IReadOnlyList<string> InsertMaps { get; } = ["hamt", "immutable"];

    public static IReadOnlyList<string> UpdateMaps { get; } = ["cow", "sharded", "cas"];

    public static IEnumerable<TargetCell> Cells(string operation, BenchmarkProfile profile) => operation switch
    {
        Lookup => profile.TargetSizes.SelectMany(size => LookupMaps.Select(map => new TargetCell(map, Lookup, size))),
        Insert => InsertMaps.Select(map => new TargetCell(map, Insert, profile.InsertSize)),
        Update => profile.TargetSizes.SelectMany(size => UpdateMaps.Select(map => new TargetCell(map, Update, size))),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown target operation."),
    };

    /// <summary>Uniform key indexes for a replay buffer, from a fixed seed.</summary>
    public static int[] KeyIndexStream(int size, int length)
    {
        var sampler = KeySampler.Create(KeyDistribution.Uniform, size, StreamBuilder.Seed);
        var indexes = new int[length];
        for (var i = 0; i < length; i++)
        {
            indexes[i] = sampler.Next();
        }

        return indexes;
    }
}
