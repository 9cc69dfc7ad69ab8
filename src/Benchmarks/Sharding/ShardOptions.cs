using Lab.CommandLine;
using Lab.Results;

namespace Lab.Benchmarks.Sharding;

/// <summary>The sharding options every run (matrix, <c>rate</c>, <c>experiments</c>) takes, one definition for all three.</summary>
internal static class ShardOptions
{
    /// <summary><c>--shard i/n</c>: measure only shard i of the run split n ways by cell group.</summary>
    public static readonly ValueOption<Shard> Shard = new("--shard", "i/n", """
        measure only shard i of n: the run's cell groups (every map of one
        cell) balanced over n shards by the estimate, the same on every
        machine; the run folder records it (environment.csv shard,
        shard-plan.csv). With --plan or --cells: that shard's
        """, ValueParsers.Of<Shard>($"a shard {Results.Shard.Shape}", text => Results.Shard.TryParse(text, out var shard, out _) ? shard : null));

    /// <summary><c>--shards n</c> with <c>--plan</c>: print every shard's estimate of the run split n ways.</summary>
    public static readonly ValueOption<int> Shards = new("--shards", "n", "with --plan: print the estimate of each of n shards (the partition --shard i/n uses)", ValueParsers.WholeNumber(1, 10_000, "a shard count from 1 to 10,000"));

    /// <summary><c>--cells</c> of the runs that had none (rate, experiments): the selected cells' ids, one per line, nothing else.</summary>
    public static readonly Flag Cells = new("--cells", "print the selected cell ids (with --shard: that shard's), one per line and nothing else; run nothing");

    /// <summary>
    /// The request of <paramref name="parsed"/>: <c>--shard i/n</c> gives n and i, <c>--shards n</c> (only with
    /// <c>--plan</c>) n alone; neither, an unsharded run. <paramref name="cellsOnly"/> is the run's <c>--cells</c>.
    /// </summary>
    /// <exception cref="UsageException"><c>--shards</c> without <c>--plan</c>, or with <c>--shard</c>.</exception>
    public static ShardRequest From(ParseResult parsed, bool planOnly, bool cellsOnly)
    {
        if (parsed.Has(Shards) && parsed.Has(Shard))
        {
            throw new UsageException("--shards and --shard exclude each other (--shard i/n already says n)");
        }

        if (parsed.Has(Shards))
        {
            return planOnly ? new ShardRequest(parsed.Get(Shards), null, cellsOnly) : throw new UsageException("--shards only goes with --plan (to run one shard: --shard i/n)");
        }

        return parsed.Has(Shard) ? new ShardRequest(parsed.Get(Shard).Count, parsed.Get(Shard), cellsOnly) : new ShardRequest(null, null, cellsOnly);
    }
}
