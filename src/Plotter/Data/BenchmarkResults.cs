namespace Lab.Plotter.Data;

/// <summary>
/// One results folder, fully read and validated: the environment row, every summary row (file order)
/// and every measured iteration grouped by cell id.
/// </summary>
internal sealed record BenchmarkResults(
    RunEnvironment Environment,
    IReadOnlyList<SummaryRow> Summary,
    IReadOnlyDictionary<string, IReadOnlyList<double>> MeasurementsByCell)
{
    /// <summary>Reads the three CSVs of <paramref name="folder"/>; throws <see cref="CsvDataException"/> on any bad input.</summary>
    public static BenchmarkResults Load(string folder)
    {
        var environment = EnvironmentReader.Read(Path.Combine(folder, EnvironmentReader.FileName));
        var summary = SummaryReader.Read(Path.Combine(folder, SummaryReader.FileName));
        var measurements = MeasurementsReader.Read(Path.Combine(folder, MeasurementsReader.FileName));
        return new BenchmarkResults(environment, summary, MeasurementsReader.GroupByCell(measurements));
    }

    /// <summary>The iteration times of a cell, empty when measurements.csv has none for it.</summary>
    public IReadOnlyList<double> MeasurementsOf(CellKey cell)
        => MeasurementsByCell.TryGetValue(cell.Id, out var values) ? values : [];
}
