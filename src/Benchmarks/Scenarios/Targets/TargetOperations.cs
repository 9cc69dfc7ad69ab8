using Lab.Benchmarks.Scenarios.Targets.References;
using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Scenarios.Targets;

/// <summary>
/// The design targets' operations and the cells each is measured on. The ids are CSV <c>mix</c>
/// values the note and the plotter's target table look up: never rename one.
/// </summary>
internal static class TargetOperations
{
    /// <summary>Read of an existing key drawn uniformly (with repeats) from a fixed 64K-key buffer: a hot set at 1K-10K.</summary>
    public const string Lookup = "lookup";

    /// <summary>Read of every key once per pass, each pass a new shuffle: at 100K every probe pays its cache misses.</summary>
    public const string LookupShuffled = "lookup-shuffled";

    /// <summary>Insert of a key not in the map (a new version with one more key: time and allocation).</summary>
    public const string Insert = "insert";

    /// <summary>Uncontended update of an existing key (a new version with one key set; COW vs sharded write cost; CAS vs locked COW).</summary>
    public const string Update = "update";

    /// <summary>One enumeration of every entry of the map (figures per whole enumeration).</summary>
    public const string Enumerate = "enumerate";

    /// <summary>One build of a map from all its pairs with the library's bulk path (figures per whole build).</summary>
    public const string Create = "create";

    /// <summary>The persistent maps compared with the lab's HAMT, and the baselines of those comparisons.</summary>
    public static IReadOnlyList<string> PersistentMaps { get; } = ["dictionary", "hamt", "immutable", .. ReferenceMaps.All];

    public static IReadOnlyList<string> LookupMaps { get; } = ["cow", "dictionary", "hamt", "immutable", "layered", "frozen", .. ReferenceMaps.All];

    public static IReadOnlyList<string> InsertMaps { get; } = ["hamt", "immutable", .. ReferenceMaps.All];

    public static IReadOnlyList<string> UpdateMaps { get; } = ["cow", "sharded", "cas", "hamt", "immutable", .. ReferenceMaps.All];

    public static IEnumerable<TargetCell> Cells(string operation, BenchmarkProfile profile) => operation switch
    {
        Lookup => profile.TargetSizes.SelectMany(size => LookupMaps.Select(map => new TargetCell(map, Lookup, size))),
        LookupShuffled => profile.TargetSizes.SelectMany(size => PersistentMaps.Select(map => new TargetCell(map, LookupShuffled, size))),
        Insert => profile.TargetSizes.SelectMany(size => InsertMaps.Select(map => new TargetCell(map, Insert, size))),
        Update => profile.TargetSizes.SelectMany(size => UpdateMaps.Select(map => new TargetCell(map, Update, size))),
        Enumerate or Create => PersistentMaps.Select(map => new TargetCell(map, operation, profile.InsertSize)),
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

    /// <summary>
    /// Key indexes for a replay buffer of <paramref name="length"/> slots: consecutive shuffles of all
    /// <paramref name="size"/> indexes (the last one cut at the buffer's end), from a fixed seed.
    /// </summary>
    public static int[] ShuffledIndexStream(int size, int length)
    {
        var random = new Random(StreamBuilder.Seed);
        var indexes = new int[length];
        var pass = Enumerable.Range(0, size).ToArray();
        for (var start = 0; start < length; start += size)
        {
            random.Shuffle(pass);
            pass.AsSpan(0, Math.Min(size, length - start)).CopyTo(indexes.AsSpan(start));
        }

        return indexes;
    }
}
