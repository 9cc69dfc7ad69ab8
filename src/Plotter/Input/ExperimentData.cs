namespace Lab.Plotter.Input;

/// <summary>The rows of experiments.csv with lookups by cell; repetitions stay separate until a <see cref="Figure"/> is made.</summary>
internal sealed class ExperimentData(IReadOnlyList<ExperimentRow> rows)
{
    public IReadOnlyList<ExperimentRow> Rows => rows;

    public bool Has(string experiment) => rows.Any(row => row.Experiment == experiment);

    /// <summary>The values of one cell's metric, one per repetition (or per sample), in file order.</summary>
    public IReadOnlyList<double> Values(string experiment, string variant, ExperimentMetric metric, int? size = null, int? threads = null, double? param = null)
        => [.. rows.Where(row => row.Experiment == experiment && row.Variant == variant && row.Metric == metric.Id
            && (size is null || row.Size == size) && (threads is null || row.Threads == threads) && (param is null || row.Param == param))
            .Select(row => row.Value)];

    public Figure? Figure(string experiment, string variant, ExperimentMetric metric, int? size = null, int? threads = null, double? param = null)
        => Analysis.Figure.Of(Values(experiment, variant, metric, size, threads, param));

    public IReadOnlyList<int> Sizes(string experiment, string? variant = null)
        => [.. Where(experiment, variant).Select(row => row.Size).Distinct().Order()];

    public IReadOnlyList<int> Threads(string experiment, string? variant = null)
        => [.. Where(experiment, variant).Select(row => row.Threads).Distinct().Order()];

    public IReadOnlyList<double> Params(string experiment, string? variant = null)
        => [.. Where(experiment, variant).Select(row => row.Param).Distinct().Order()];

    public IReadOnlyList<string> Variants(string experiment)
        => [.. rows.Where(row => row.Experiment == experiment).Select(row => row.Variant).Distinct()];

    private IEnumerable<ExperimentRow> Where(string experiment, string? variant)
        => rows.Where(row => row.Experiment == experiment && (variant is null || row.Variant == variant));
}
