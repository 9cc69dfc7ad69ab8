using Lab.Maps;

namespace Lab.Plotter.Analysis;

/// <summary>
/// The design targets of the foundation issue (issue 2, section 3) and of the persistent-map issue
/// (issue 14: the HAMT against LanguageExt.Core's and ImTools' maps), each mapped to the <c>targets</c>
/// rows it needs. The benchmarks produce those rows with mixes <c>lookup</c> (read an existing key from
/// a uniform buffer), <c>lookup-shuffled</c> (every key once per pass, shuffled), <c>insert</c> (add a new
/// key), <c>update</c> (overwrite an existing key), <c>enumerate</c> and <c>create</c> (whole map),
/// single-threaded, uniform keys. A target whose rows are absent is reported as "not measured".
/// </summary>
internal static class DesignTargets
{
    /// <summary>"About cow / shards" is read as: at most twice the ideal 1/shards of the COW write cost.</summary>
    public const double ShardedSlack = 2.0;

    /// <summary>The shard count the run measured, or for runs that predate that column, today's default.</summary>
    public static int ShardCountOf(EnvironmentRow environment) => environment.ShardCount ?? ShardedCowMap<int, int>.DefaultShardCount;

    /// <summary>Every target, the sharded one scaled to the run's shard count.</summary>
    public static IReadOnlyList<TargetDefinition> For(EnvironmentRow environment) => For(ShardCountOf(environment));

    /// <summary>Every target, the sharded one scaled to <paramref name="shardCount"/>.</summary>
    public static IReadOnlyList<TargetDefinition> For(int shardCount) =>
    [
        new("COW read vs Dictionary", "cow lookup ≤ 1.05 × dictionary lookup",
            new("cow", "lookup"), new("dictionary", "lookup"), TargetMetric.NsPerOp, 1.05),
        new("HAMT lookup vs Dictionary (1K)", "hamt lookup ≤ 2 × dictionary lookup",
            new("hamt", "lookup", 1_000), new("dictionary", "lookup", 1_000), TargetMetric.NsPerOp, 2.0),
        new("HAMT lookup vs Dictionary (10K)", "hamt lookup ≤ 2 × dictionary lookup",
            new("hamt", "lookup", 10_000), new("dictionary", "lookup", 10_000), TargetMetric.NsPerOp, 2.0),
        new("HAMT lookup vs Dictionary (100K)", "hamt lookup ≤ 3 × dictionary lookup",
            new("hamt", "lookup", 100_000), new("dictionary", "lookup", 100_000), TargetMetric.NsPerOp, 3.0),
        new("HAMT lookup vs ImmutableDictionary", "hamt lookup ≤ 0.5 × immutable lookup (≥ 2× faster)",
            new("hamt", "lookup"), new("immutable", "lookup"), TargetMetric.NsPerOp, 0.5),
        new("HAMT insert time (100K)", "hamt insert < 500 ns",
            new("hamt", "insert", 100_000), null, TargetMetric.NsPerOp, 500),
        new("HAMT insert allocation (100K)", "hamt insert < 1 KB allocated",
            new("hamt", "insert", 100_000), null, TargetMetric.BytesPerOp, 1024),
        new("Sharded write vs COW write", $"sharded update ≤ {ShardedSlack:0} / {shardCount} shards × cow update",
            new("sharded", "update"), new("cow", "update"), TargetMetric.NsPerOp, ShardedSlack / shardCount),
        new("Layered read vs frozen base read", "layered lookup ≤ 1.3 × frozen lookup",
            new("layered", "lookup"), new("frozen", "lookup"), TargetMetric.NsPerOp, 1.3),
        new("CAS write vs locked COW write", "cas update ≤ 1.10 × cow update (uncontended)",
            new("cas", "update"), new("cow", "update"), TargetMetric.NsPerOp, 1.10),

        // Issue 14: the HAMT against the persistent maps a .NET engineer would pick instead.
        new("HAMT lookup vs LanguageExt, all keys shuffled", "hamt ≤ 0.5 × languageext (≥ 2× faster)",
            new("hamt", lookupShuffled), new(languageExt, lookupShuffled), TargetMetric.NsPerOp, 0.5),
        new("HAMT lookup vs Dictionary, all keys shuffled (1K)", "hamt ≤ 1.5 × dictionary",
            new("hamt", lookupShuffled, 1_000), new("dictionary", lookupShuffled, 1_000), TargetMetric.NsPerOp, 1.5),
        new("HAMT lookup vs Dictionary, all keys shuffled (10K)", "hamt ≤ 1.5 × dictionary",
            new("hamt", lookupShuffled, 10_000), new("dictionary", lookupShuffled, 10_000), TargetMetric.NsPerOp, 1.5),
        new("HAMT lookup vs Dictionary, all keys shuffled (100K)", "hamt ≤ 4 × dictionary",
            new("hamt", lookupShuffled, 100_000), new("dictionary", lookupShuffled, 100_000), TargetMetric.NsPerOp, 4.0),
        new("HAMT new version, existing key, vs LanguageExt", "hamt update ≤ languageext update",
            new("hamt", "update"), new(languageExt, "update"), TargetMetric.NsPerOp, 1.0),
        new("HAMT new version, new key, vs LanguageExt", "hamt insert ≤ languageext insert",
            new("hamt", "insert"), new(languageExt, "insert"), TargetMetric.NsPerOp, 1.0),
        new("HAMT new version bytes, existing key, vs ImTools (100K)", "hamt update bytes ≤ imtools update bytes",
            new("hamt", "update", 100_000), new(imTools, "update", 100_000), TargetMetric.BytesPerOp, 1.0),
        new("HAMT new version bytes, new key, vs ImTools (100K)", "hamt insert bytes ≤ imtools insert bytes",
            new("hamt", "insert", 100_000), new(imTools, "insert", 100_000), TargetMetric.BytesPerOp, 1.0),
        new("HAMT enumeration vs LanguageExt", "hamt enumerate ≤ languageext enumerate",
            new("hamt", "enumerate"), new(languageExt, "enumerate"), TargetMetric.NsPerOp, 1.0),
        new("HAMT Create vs LanguageExt", "hamt create ≤ languageext create",
            new("hamt", "create"), new(languageExt, "create"), TargetMetric.NsPerOp, 1.0),
    ];

    private const string lookupShuffled = "lookup-shuffled";
    private const string languageExt = "languageext";
    private const string imTools = "imtools";
}
