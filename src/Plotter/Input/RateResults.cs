
namespace Lab.Plotter.Input;

/// <summary>
/// A rate run's folder, read and validated: environment.csv, latency.csv and the reader histogram of every log.
/// <see cref="Rows"/> holds every replicate; <see cref="Find"/> gives one cell's representative replicate.
/// </summary>
internal sealed record RateResults(EnvironmentRow Environment, IReadOnlyList<LatencyRow> Rows, string Folder)
{
    /// <summary>True when <paramref name="folder"/> holds a rate run's latency.csv.</summary>
    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, ResultFiles.Latency));

    /// <summary>Reads the folder; throws <see cref="ResultsFileException"/> on any bad input.</summary>
    public static RateResults Load(string folder)
        => new(EnvironmentRow.Read(Path.Combine(folder, ResultFiles.Environment)), LatencyRow.Read(folder, MapIds.RateProblem, (row, record) => HistogramLogs.CheckReaderSamples(row, record, folder)), folder);

    /// <summary>Sizes, ascending.</summary>
    public IReadOnlyList<int> Sizes => [.. Rows.Select(row => row.Size).Distinct().Order()];

    /// <summary>Reader counts, ascending.</summary>
    public IReadOnlyList<int> ReaderCounts => [.. Rows.Select(row => row.Readers).Distinct().Order()];

    /// <summary>GC modes in contract order.</summary>
    public IReadOnlyList<string> GcModes => [.. Lab.Results.GcModes.All.Where(mode => Rows.Any(row => row.GcMode == mode))];

    /// <summary>Rate labels ascending, <c>max</c> last.</summary>
    public IReadOnlyList<string> RateLabels => [.. Rows.DistinctBy(row => row.WriteRate).OrderBy(row => row.TargetWritesPerSecond ?? double.PositiveInfinity).Select(row => row.WriteRate)];

    /// <summary>Maps in report order.</summary>
    public IReadOnlyList<string> Maps => [.. MapIds.Sort(Rows.Select(row => row.Map))];

    /// <summary>The most replicates any cell has.</summary>
    public int Replicates => Rows.Count == 0 ? 0 : Rows.GroupBy(row => row.Cell).Max(cell => cell.Count());

    /// <summary>
    /// The representative row of one cell, or <see langword="null"/> when it was not measured: the replicate
    /// whose reader throughput is the median of the cell's replicates (the lower middle of an even count, ties
    /// by replicate number), so every figure drawn from it (percentiles, lag, GC) comes from one real process.
    /// </summary>
    public LatencyRow? Find(string map, int size, int readers, string rate, string gc)
    {
        var replicates = Rows.Where(row => row.Map == map && row.Size == size && row.Readers == readers && row.WriteRate == rate && row.GcMode == gc)
            .OrderBy(row => row.ReaderOpsPerSecond)
            .ThenBy(row => row.Replicate)
            .ToList();
        return replicates.Count == 0 ? null : replicates[(replicates.Count - 1) / 2];
    }

    /// <summary>The representative row of every cell (<see cref="Find"/>), in the rows' order.</summary>
    public IReadOnlyList<LatencyRow> Representatives
        => [.. Rows.DistinctBy(row => row.Cell).Select(row => Find(row.Map, row.Size, row.Readers, row.WriteRate, row.GcMode)!)];
}
