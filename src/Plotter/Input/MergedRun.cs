namespace Lab.Plotter.Input;

/// <summary>
/// The shards of one sharded run, checked to form it exactly (<see cref="ShardFolders.Check"/>): every shard
/// 1..n once, in index order; the environment rows of the merged run, one per machine listing the shards
/// it ran; the plan every shard carried; and every row file's parts in shard order.
/// </summary>
/// <param name="Shards">The shards, in index order.</param>
/// <param name="Environment">One row per machine (first shard's row of it, with its shards), in order of their first shard.</param>
/// <param name="Plan">The partition, as every shard's shard-plan.csv has it.</param>
/// <param name="RowFiles">Each row file's name and its parts, shards in index order (a shard without the file is skipped).</param>
internal sealed record MergedRun(
    IReadOnlyList<ShardRun> Shards,
    IReadOnlyList<EnvironmentRow> Environment,
    IReadOnlyList<ShardPlanRow> Plan,
    IReadOnlyList<(RowFile File, IReadOnlyList<ShardRows> Parts)> RowFiles);
