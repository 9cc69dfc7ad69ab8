using Lab.Benchmarks.Rate;
using Lab.Results;

namespace Lab.Benchmarks.Sharding;

/// <summary>Sharding of a rate run: groups of <see cref="CellGroup.Of(RateCellId)"/> (size x readers x GC mode), balanced by <see cref="RateEstimate"/>.</summary>
internal static class RateSharding
{
    /// <summary>The cells of <paramref name="request"/>'s shard (all without one).</summary>
    /// <exception cref="Lab.CommandLine.UsageException">More shards than cell groups.</exception>
    public static ShardSelection<RateCell> Select(IReadOnlyList<RateCell> cells, TimeSpan window, ShardRequest request)
        => ShardSelection<RateCell>.Select(cells, cell => CellGroup.Of(cell.Id), group => RateEstimate.For(group, window).Duration, cell => cell.Id.ToString(), request);
}
