
namespace Lab.Plotter.Input;

/// <summary>A rate run's folder, read and validated: environment.csv, latency.csv and the reader histogram of every log.</summary>
internal sealed record RateResults(EnvironmentRow Environment, IReadOnlyList<LatencyRow> Rows, string Folder)
{
    /// <summary>True when <paramref name="folder"/> holds a rate run's latency.csv.</summary>
    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, ResultFiles.Latency));

    /// <summary>Reads the folder (a merged run's environment.csv may hold one row per machine: the first is taken); throws <see cref="ResultsFileException"/> on any bad input.</summary>
    public static RateResults Load(string folder)
        => new(EnvironmentRow.ReadAll(Path.Combine(folder, ResultFiles.Environment))[0], LatencyRow.Read(folder, MapIds.RateProblem, (row, record) => HistogramLogs.CheckReaderSamples(row, record, folder)), folder);

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

    /// <summary>The row of one cell, or <see langword="null"/> when it was not measured.</summary>
    public LatencyRow? Find(string map, int size, int readers, string rate, string gc)
        => Rows.FirstOrDefault(row => row.Map == map && row.Size == size && row.Readers == readers && row.WriteRate == rate && row.GcMode == gc);
}
