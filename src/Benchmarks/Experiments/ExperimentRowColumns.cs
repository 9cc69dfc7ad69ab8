using Lab.Benchmarks.Export;

namespace Lab.Benchmarks.Experiments;

/// <summary>The columns of experiments.csv, in order (results/README.md).</summary>
internal static class ExperimentRowColumns
{
    public const string FileName = "experiments.csv";

    public static IReadOnlyList<CsvColumn<ExperimentRow>> All { get; } =
    [
        CsvColumn<ExperimentRow>.Text("experiment", row => row.Experiment),
        CsvColumn<ExperimentRow>.Text("variant", row => row.Variant),
        CsvColumn<ExperimentRow>.Integer("size", row => row.Size),
        CsvColumn<ExperimentRow>.Integer("threads", row => row.Threads),
        CsvColumn<ExperimentRow>.Text("param_name", row => row.ParamName),
        CsvColumn<ExperimentRow>.Number("param", row => row.Param),
        CsvColumn<ExperimentRow>.Integer("rep", row => row.Rep),
        CsvColumn<ExperimentRow>.Text("metric", row => row.Metric),
        CsvColumn<ExperimentRow>.Text("unit", row => row.Unit),
        CsvColumn<ExperimentRow>.Number("value", row => row.Value),
    ];
}
