
namespace Lab.Plotter.Input;

/// <summary>
/// One matrix run's folder, fully read and validated: the environment row, every summary row (file order)
/// and every measured iteration grouped by cell. A merged sharded run measured on several machines has one
/// environment row per machine (<see cref="Machines"/>); <see cref="Environment"/> is then the first.
/// </summary>
internal sealed record BenchmarkResults(
    EnvironmentRow Environment,
    IReadOnlyList<SummaryRow> Summary,
    IReadOnlyDictionary<CellId, IReadOnlyList<double>> MeasurementsByCell)
{
    /// <summary>
    /// The run's close calls and their paired measurements (close-calls.csv, written by the benchmark app after the
    /// matrix); null when the run has no such file (a run before the close-call step, or one with the step off).
    /// </summary>
    public IReadOnlyList<CloseCallRow>? CloseCalls { get; init; }

    /// <summary>Reads the three CSVs of <paramref name="folder"/> (and close-calls.csv when present); throws <see cref="ResultsFileException"/> on any bad input.</summary>
    public static BenchmarkResults Load(string folder)
    {
        var machines = RunEnvironment.Read(folder);
        var summary = SummaryRow.Read(Path.Combine(folder, ResultFiles.Summary), MapIds.Problem);
        var measurements = MeasurementRow.Read(Path.Combine(folder, ResultFiles.Measurements), MapIds.Problem);
        var closeCalls = Path.Combine(folder, ResultFiles.CloseCalls);
        return new BenchmarkResults(machines[0], summary, MeasurementRow.GroupByCell(measurements))
        {
            Machines = machines,
            CloseCalls = File.Exists(closeCalls) ? CloseCallRow.Read(closeCalls) : null,
        };
    }

    /// <summary>Every environment row: one, or one per machine of a merged sharded run.</summary>
    public IReadOnlyList<EnvironmentRow> Machines { get; init => field = value.Count > 0 ? value : throw new ArgumentException("a run has at least one environment row", nameof(value)); } = [Environment];

    /// <summary>True when <paramref name="folder"/> holds a matrix run's summary.csv.</summary>
    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, ResultFiles.Summary));

    /// <summary>The iteration times of a cell, empty when measurements.csv has none for it.</summary>
    public IReadOnlyList<double> MeasurementsOf(CellId cell)
        => MeasurementsByCell.TryGetValue(cell, out var values) ? values : [];
}
