namespace Lab.Results;

/// <summary>
/// One row of experiments.csv: one measured figure of one repetition of one experiment cell (results/README.md).
/// Repetitions stay separate; readers aggregate them.
/// </summary>
/// <param name="Experiment">Experiment id (<see cref="ExperimentNames"/>).</param>
/// <param name="Variant">What is measured: a catalog map id or a store variant.</param>
/// <param name="Size">Entries in the map (or in the store's value).</param>
/// <param name="Threads">Concurrent threads (writers, or readers for read experiments).</param>
/// <param name="ParamName">Name of the experiment's own parameter (<c>shards</c>, <c>batch</c>, <c>override_pct</c>, <c>t_s</c>, ...).</param>
/// <param name="Param">Its value.</param>
/// <param name="Rep">Repetition, 1-based.</param>
/// <param name="Metric">Metric id (<see cref="ExperimentMetrics"/>).</param>
/// <param name="Unit">Unit of <paramref name="Value"/>.</param>
/// <param name="Value">The figure.</param>
public sealed record ExperimentRow(
    string Experiment,
    string Variant,
    int Size,
    int Threads,
    string ParamName,
    double Param,
    int Rep,
    string Metric,
    string Unit,
    double Value)
{
    private static readonly ColumnFactory<ExperimentRow> c = new();

    /// <summary>The file and its columns in contract order.</summary>
    public static CsvTable<ExperimentRow> Table { get; } = new(ResultFiles.Experiments, () => new ExperimentRow("", "", 0, 0, "", 0, 0, "", "", 0),
    [
        c.Text("experiment", r => r.Experiment, (r, v) => r with { Experiment = v }),
        c.Text("variant", r => r.Variant, (r, v) => r with { Variant = v }),
        c.WholeNumber("size", r => r.Size, (r, v) => r with { Size = v }),
        c.WholeNumber("threads", r => r.Threads, (r, v) => r with { Threads = v }),
        c.Text("param_name", r => r.ParamName, (r, v) => r with { ParamName = v }),
        c.Number("param", r => r.Param, (r, v) => r with { Param = v }),
        c.WholeNumber("rep", r => r.Rep, (r, v) => r with { Rep = v }),
        c.Text("metric", r => r.Metric, (r, v) => r with { Metric = v }),
        c.RawText("unit", r => r.Unit, (r, v) => r with { Unit = v }),
        c.Number("value", r => r.Value, (r, v) => r with { Value = v }),
    ]);

    /// <summary>A row of <paramref name="metric"/>, in the metric's unit.</summary>
    public static ExperimentRow Of(string experiment, string variant, int size, int threads, string paramName, double param, int rep, ExperimentMetric metric, double value)
        => new(experiment, variant, size, threads, paramName, param, rep, metric.Id, metric.Unit, value);

    /// <summary>Reads experiments.csv strictly; throws <see cref="ResultsFileException"/> naming file, line and column.</summary>
    public static IReadOnlyList<ExperimentRow> Read(string path) => Table.ReadFile(path);
}
