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

    /// <summary>
    /// The shard count of the plan, and the one shard to run (null: all of them): <c>--shard i/n</c> gives
    /// n and i, <c>--shards n</c> (only with <c>--plan</c>) n alone; neither, null and null.
    /// </summary>
    /// <exception cref="UsageException"><c>--shards</c> without <c>--plan</c>, or with <c>--shard</c>.</exception>
    public static (int? Count, Shard? Shard) From(ParseResult parsed, bool planOnly)
    {
        if (parsed.Has(Shards) && parsed.Has(Shard))
        {
            throw new UsageException("--shards and --shard exclude each other (--shard i/n already says n)");
        }

        if (parsed.Has(Shards))
        {
            return planOnly ? (parsed.Get(Shards), null) : throw new UsageException("--shards only goes with --plan (to run one shard: --shard i/n)");
        }

        return parsed.Has(Shard) ? (parsed.Get(Shard).Count, parsed.Get(Shard)) : (null, null);
    }
}
