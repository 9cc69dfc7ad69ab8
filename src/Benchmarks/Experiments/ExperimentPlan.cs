namespace Lab.Benchmarks.Experiments;

/// <summary>
/// The experiments of issue 13 with their parameters, as data: <see cref="Full"/> is what
/// <c>--profile experiments</c> measures (about 6 minutes on 2 cores), <see cref="Dry"/> the same code
/// paths on tiny cells (seconds; CI runs it). Claim 6 has no experiment here: it is read from the
/// matrix's summary.csv by the plotter.
/// </summary>
internal static class ExperimentPlan
{
    /// <summary>The full experiments for a machine with <paramref name="cores"/> logical cores.</summary>
    public static IReadOnlyList<IExperiment> Full(int cores) =>
    [
        new ShardScalingExperiment(new([1, 4, 16, 64, 256], [10_000, 100_000, 1_000_000], Distinct(1, 2, cores), Reps: 7, Ms(200), Ms(300))),
        new WriteCostExperiment(new(["cow", "frozen", "immutable", "hamt"], [100, 1_000, 10_000, 100_000, 1_000_000], Reps: 7, Ms(150), Ms(250))),
        new BatchingExperiment(new([BatchingExperiment.MapCow, BatchingExperiment.MapBatched, BatchingExperiment.StoreBatchUpdate, BatchingExperiment.StoreBuilder], [1, 10, 100, 1_000], MapSize: 10_000, Reps: 7, Ms(200), Ms(300))),
        new LayeredCompactionExperiment(new([100_000, 1_000_000], [0, 1, 3, 10, 25, 50], Reps: 5, Batches: 4_000, TimedReads: 200_000)),
        new CasContentionExperiment(new(["cas", "cow", CasContentionExperiment.StoreCas, CasContentionExperiment.StoreLocked], [1_000, 10_000], [1, 2, 4, 8], Reps: 7, Ms(200), Ms(300))),
        new MemoryGrowthExperiment(new(Entries: 10_000, WritesPerSecond: 25, TimeSpan.FromSeconds(30), Ms(250), HistoryBound: 16)),
    ];

    /// <summary>Every experiment on tiny cells: exercises the code paths in seconds, measures nothing meaningful.</summary>
    public static IReadOnlyList<IExperiment> Dry(int cores) =>
    [
        new ShardScalingExperiment(new([1, 16], [1_000], Distinct(1, 2, cores), Reps: 2, Ms(10), Ms(20))),
        new WriteCostExperiment(new(["cow", "frozen", "immutable", "hamt"], [100, 1_000], Reps: 2, Ms(10), Ms(20))),
        new BatchingExperiment(new([BatchingExperiment.MapCow, BatchingExperiment.MapBatched, BatchingExperiment.StoreBatchUpdate, BatchingExperiment.StoreBuilder], [1, 10, 100], MapSize: 1_000, Reps: 2, Ms(10), Ms(20))),
        new LayeredCompactionExperiment(new([1_000], [0, 10, 50], Reps: 2, Batches: 50, TimedReads: 1_000)),
        new CasContentionExperiment(new(["cas", "cow", CasContentionExperiment.StoreCas, CasContentionExperiment.StoreLocked], [1_000], [1, 2], Reps: 2, Ms(10), Ms(20))),
        new MemoryGrowthExperiment(new(Entries: 1_000, WritesPerSecond: 200, TimeSpan.FromSeconds(1), Ms(100), HistoryBound: 4)),
    ];

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    private static int[] Distinct(params int[] counts) => [.. counts.Distinct().Order()];
}
