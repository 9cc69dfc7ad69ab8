using Lab.Benchmarks.Export;

namespace Lab.Benchmarks.Rate;

/// <summary>The files of a rate run: latency.csv, environment.csv and the histogram logs (results/README.md).</summary>
internal static class LatencyFiles
{
    public const string Latency = "latency.csv";

    /// <summary>The folder of the histogram logs inside a run folder.</summary>
    public const string HistogramFolder = "histograms";

    /// <summary>
    /// Writes latency.csv (rows in the given order) and environment.csv into <paramref name="directory"/>
    /// and copies each row's histogram log from <paramref name="histogramSource"/> (the children's
    /// output, laid out like a run folder).
    /// </summary>
    public static void Write(string directory, IReadOnlyList<LatencyRow> rows, EnvironmentRow environment, string histogramSource)
    {
        CsvFiles.WriteFile(Path.Combine(directory, Latency), LatencyRow.Columns, rows);
        CsvFiles.WriteFile(Path.Combine(directory, CsvFiles.Environment), EnvironmentRow.Columns, [environment]);
        Directory.CreateDirectory(Path.Combine(directory, HistogramFolder));
        foreach (var row in rows)
        {
            File.Copy(Path.Combine(histogramSource, row.Histogram), Path.Combine(directory, row.Histogram));
        }
    }
}
