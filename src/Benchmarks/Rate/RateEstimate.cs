namespace Lab.Benchmarks.Rate;

/// <summary>
/// The duration of a rate run, estimated before it starts: per child process a start, the timer
/// measurement and the tiering warm-up; per cell the window, building the map and the collections
/// before the window.
/// </summary>
/// <param name="Cells">Cells measured.</param>
/// <param name="Processes">Child processes.</param>
/// <param name="Duration">Estimated wall time.</param>
internal sealed record RateEstimate(int Cells, int Processes, TimeSpan Duration)
{
    // Measured on the lab's 2-core machine (the quick rate profile with the machine busy: 30 cells of
    // 1 s in 58.7 s, estimated 58 s with these figures): a child's start-up, timer measurement and
    // tiering warm-up; per cell the map and streams, two full collections, thread starts and joins,
    // merging and writing the histograms.
    private static readonly TimeSpan processStart = TimeSpan.FromSeconds(0.5);
    private static readonly TimeSpan tieringWarmup = TimeSpan.FromSeconds(1.1);
    private static readonly TimeSpan perCellOverhead = TimeSpan.FromSeconds(0.3);

    // Building a prefilled map (the slowest designs, frozen and immutable) and its key streams, per 100K entries.
    private static readonly TimeSpan buildPer100K = TimeSpan.FromSeconds(0.25);

    public static RateEstimate For(IReadOnlyList<RateCell> cells, TimeSpan window)
    {
        var processes = cells.Select(cell => cell.ProcessGroup).Distinct().Count();
        var total = ((processStart + tieringWarmup) * processes)
            + cells.Aggregate(TimeSpan.Zero, (sum, cell) => sum + window + perCellOverhead + (buildPer100K * (cell.Size / 100_000.0)));
        return new RateEstimate(cells.Count, processes, total);
    }

    public override string ToString()
        => $"{Cells} cells in {Processes} child processes, estimated {(int)Duration.TotalMinutes} min {Duration.Seconds} s";
}
