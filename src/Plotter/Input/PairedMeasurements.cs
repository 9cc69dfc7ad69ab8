namespace Lab.Plotter.Input;

/// <summary>
/// The in-process comparison's data: paired.csv (<see cref="PairedRow"/>, one row per process and cell) as
/// the per-process median log ratios of each compared cell, in file order. Builds' rows are keyed by their
/// cell, two maps' rows by <c>a vs b</c>.
/// </summary>
internal static class PairedMeasurements
{
    /// <summary>Reads <paramref name="path"/>; throws <see cref="ResultsFileException"/> naming file, line and column.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<double>> Read(string path)
        => PairedRow.Read(path)
            .GroupBy(row => row.ComparedCell, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<double>)[.. group.Select(row => row.MedianLogRatio)], StringComparer.Ordinal);
}
