using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using Lab.Benchmarks.Cli;
using Lab.Benchmarks.Export;
using Lab.Results;

namespace Lab.Benchmarks.Sharding;

/// <summary>
/// Sharding of a BenchmarkDotNet run (matrix, targets, any filter): the partition is made from the whole
/// selection's estimate, and a shard runs through a BenchmarkDotNet filter that keeps its groups' cells, so
/// the shard's own estimate and <c>--cells</c> come from BenchmarkDotNet's selection like an unsharded run's.
/// </summary>
internal static class MatrixSharding
{
    /// <summary>The whole selection of <paramref name="estimate"/> partitioned into <paramref name="count"/> shards by <see cref="CellGroup.Of(CellId)"/>.</summary>
    /// <exception cref="Lab.CommandLine.UsageException">More shards than cell groups.</exception>
    public static ShardPartition Partition(RunEstimate estimate, int count)
        => ShardPartition.Balance(
            estimate.Selected.Zip(estimate.CellDurations),
            cell => CellGroup.Of(cell.Item1.Id),
            cells => cells.Aggregate(TimeSpan.Zero, (sum, cell) => sum + cell.Item2),
            count);

    /// <summary><paramref name="config"/> narrowed to <paramref name="shard"/>'s cells of <paramref name="partition"/>.</summary>
    public static IConfig Only(IConfig config, ShardPartition partition, Shard shard)
        => config.AddFilter(new SimpleFilter(benchmarkCase => partition.Contains(shard, CellGroup.Of(CellResolver.Resolve(benchmarkCase).Id))));
}
