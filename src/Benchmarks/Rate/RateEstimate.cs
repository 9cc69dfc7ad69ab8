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
    // Measured on the lab's 2-core machine: a child's start-up and timer measurement; the matrix's
    // tiering warm-up (median 0.73 s, 0.26-2.0 s); full collections and thread starts around a window.
    private static readonly TimeSpan processStart = TimeSpan.FromSeconds(0.4);
    private static readonly TimeSpan tieringWarmup = TimeSpan.FromSeconds(0.9);
    private static readonly TimeSpan perCellOverhead = TimeSpan.FromSeconds(0.15);

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
