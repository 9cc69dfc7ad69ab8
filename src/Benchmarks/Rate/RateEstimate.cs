namespace Lab.Benchmarks.Rate;

/// <summary>
/// The duration of a rate run, estimated before it starts: per child process a start, the timer
/// measurement and the tiering warm-up over every map of the process; per cell measurement the window,
/// the shortest steady-state warm-up (<see cref="SteadyStateDetector.ShortestWarmup"/>: a cell that takes
/// longer to settle, up to the cap, makes the run longer), building the map and the collections before it.
/// </summary>
/// <param name="Cells">Cell measurements (cells x replicates).</param>
/// <param name="Processes">Child processes.</param>
/// <param name="Duration">Estimated wall time.</param>
internal sealed record RateEstimate(int Cells, int Processes, TimeSpan Duration)
{
    // Measured on the lab's 2-core machine (the quick rate profile with the machine busy, one map per
    // process: 30 cells of 1 s in 58.7 s, estimated 58 s with these figures): a child's start-up, timer
    // measurement and tiering warm-up; per cell the map and streams, two full collections, thread starts
    // and joins, merging and writing the histograms. The tiering warm-up now exercises every map of the
    // process; each map beyond the first is assumed to add a fifth of it (its own methods only).
    private static readonly TimeSpan processStart = TimeSpan.FromSeconds(0.5);
    private static readonly TimeSpan tieringWarmup = TimeSpan.FromSeconds(1.1);
    private static readonly TimeSpan tieringPerExtraMap = TimeSpan.FromSeconds(0.2);
    private static readonly TimeSpan perCellOverhead = TimeSpan.FromSeconds(0.3);

    // Per warm-up sub-window: stopping and starting the reader and writer threads, merging histograms.
    private static readonly TimeSpan perSubWindowOverhead = TimeSpan.FromMilliseconds(5);

    // Building a prefilled map (the slowest designs, frozen and immutable) and its key streams, per 100K entries.
    private static readonly TimeSpan buildPer100K = TimeSpan.FromSeconds(0.25);

    /// <summary>The estimate of <paramref name="processes"/> under <paramref name="profile"/>'s window and cap.</summary>
    public static RateEstimate For(IReadOnlyList<RateProcessPlan> processes, RateProfile profile)
    {
        var total = TimeSpan.Zero;
        var cells = 0;
        foreach (var process in processes)
        {
            total += processStart + tieringWarmup + (tieringPerExtraMap * Math.Max(0, process.MapOrder.Count - 1));
            foreach (var cell in process.Cells)
            {
                var warmup = profile.Detector(cell).ShortestWarmup(profile.SubWindow);
                var subWindows = warmup / profile.SubWindow;
                total += profile.Window + warmup + (perSubWindowOverhead * subWindows) + perCellOverhead + (buildPer100K * (cell.Size / 100_000.0));
                cells++;
            }
        }

        return new RateEstimate(cells, processes.Count, total);
    }

    public override string ToString()
        => $"{Cells} cell measurements in {Processes} child processes, estimated {(int)Duration.TotalMinutes} min {Duration.Seconds} s";
}
