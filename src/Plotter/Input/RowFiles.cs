namespace Lab.Plotter.Input;

/// <summary>
/// The row files a merge joins: every top-level CSV of a shard's folder except environment.csv and
/// shard-plan.csv (merged by their own rules). Files with a Lab.Results row type are read strictly and
/// their rows grouped by <see cref="CellGroup"/> where the type has one (summary, measurements, latency,
/// experiments); paired.csv and verdicts.csv are joined by type without groups; any other CSV by
/// <see cref="RawRowFile"/>.
/// </summary>
internal static class RowFiles
{
    private static readonly IReadOnlyList<RowFile> known =
    [
        new TableRowFile<SummaryRow>(SummaryRow.Table, folder => SummaryRow.Read(Path.Combine(folder, ResultFiles.Summary), MapIds.Problem), CellGroup.Of),
        new TableRowFile<MeasurementRow>(MeasurementRow.Table, folder => MeasurementRow.Read(Path.Combine(folder, ResultFiles.Measurements), MapIds.Problem), CellGroup.Of),
        new TableRowFile<LatencyRow>(LatencyRow.Table, folder => LatencyRow.Read(folder, MapIds.RateProblem), CellGroup.Of),
        new TableRowFile<ExperimentRow>(ExperimentRow.Table, folder => ExperimentRow.Read(Path.Combine(folder, ResultFiles.Experiments)), CellGroup.Of),
        new TableRowFile<PairedRow>(PairedRow.Table, folder => PairedRow.Read(Path.Combine(folder, ResultFiles.Paired)), null),
        new TableRowFile<VerdictRow>(VerdictRow.Table, folder => VerdictRow.Read(Path.Combine(folder, ResultFiles.Verdicts)), null),
    ];

    /// <summary>The files merged by their own rules, never as rows.</summary>
    public static IReadOnlyList<string> Special { get; } = [ResultFiles.Environment, ResultFiles.ShardPlan];

    /// <summary>The kind of the top-level CSV named <paramref name="fileName"/>.</summary>
    public static RowFile For(string fileName)
        => known.FirstOrDefault(file => file.FileName == fileName) ?? new RawRowFile(fileName);
}
