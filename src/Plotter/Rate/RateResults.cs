using Lab.Plotter.Data;

namespace Lab.Plotter.Rate;

/// <summary>A rate run's folder, read and validated: environment.csv and latency.csv.</summary>
internal sealed record RateResults(RunEnvironment Environment, IReadOnlyList<LatencyRow> Rows)
{
    /// <summary>True when <paramref name="folder"/> holds a rate run's latency.csv.</summary>
    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, LatencyReader.FileName));

    /// <summary>Reads the folder; throws <see cref="CsvDataException"/> on any bad input.</summary>
    public static RateResults Load(string folder)
        => new(EnvironmentReader.Read(Path.Combine(folder, EnvironmentReader.FileName)), LatencyReader.Read(folder));

    /// <summary>Sizes, ascending.</summary>
    public IReadOnlyList<int> Sizes => [.. Rows.Select(row => row.Size).Distinct().Order()];

    /// <summary>Reader counts, ascending.</summary>
    public IReadOnlyList<int> ReaderCounts => [.. Rows.Select(row => row.Readers).Distinct().Order()];

    /// <summary>GC modes in contract order.</summary>
    public IReadOnlyList<string> GcModes => [.. LatencyReader.GcModes.Where(mode => Rows.Any(row => row.GcMode == mode))];

    /// <summary>Rate labels ascending, <c>max</c> last.</summary>
    public IReadOnlyList<string> RateLabels => [.. Rows.DistinctBy(row => row.RateLabel).OrderBy(row => row.Rate ?? double.PositiveInfinity).Select(row => row.RateLabel)];

    /// <summary>Maps in report order.</summary>
    public IReadOnlyList<string> Maps => [.. MapIds.Sort(Rows.Select(row => row.Map))];

    /// <summary>The row of one cell, or <see langword="null"/> when it was not measured.</summary>
    public LatencyRow? Find(string map, int size, int readers, string rate, string gc)
        => Rows.FirstOrDefault(row => row.Map == map && row.Size == size && row.Readers == readers && row.RateLabel == rate && row.GcMode == gc);
}
