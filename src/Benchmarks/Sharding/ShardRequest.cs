using Lab.Results;

namespace Lab.Benchmarks.Sharding;

/// <summary>What a run's command line asks of sharding (<see cref="ShardOptions.From"/>).</summary>
/// <param name="Count">The shard count to partition by (<c>--shard i/n</c>'s n, or <c>--shards n</c> with --plan); null: not sharded.</param>
/// <param name="Shard">The one shard to run; null: the whole run (or, with <paramref name="Count"/>, a plan of every shard).</param>
/// <param name="CellsOnly">True for --cells: print the (shard's) cell ids and run nothing.</param>
internal sealed record ShardRequest(int? Count, Shard? Shard, bool CellsOnly)
{
    /// <summary>Not sharded, not --cells.</summary>
    public static ShardRequest None { get; } = new(null, null, false);
}
