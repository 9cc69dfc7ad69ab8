using Lab.Plotter.Data;

namespace Lab.Plotter.Experiments;

/// <summary>Reads experiments.csv; bad input throws <see cref="CsvDataException"/> naming file, line and column.</summary>
internal static class ExperimentsReader
{
    public const string FileName = "experiments.csv";

    public static IReadOnlyList<string> Columns { get; } =
        ["experiment", "variant", "size", "threads", "param_name", "param", "rep", "metric", "unit", "value"];

    public static IReadOnlyList<ExperimentRecord> Read(string path)
        => CsvTableReader.Read(path, Columns, record => new ExperimentRecord(
            record.Text("experiment"),
            record.Text("variant"),
            record.Int("size"),
            record.Int("threads"),
            record.Text("param_name"),
            record.Double("param"),
            record.Int("rep"),
            record.Text("metric"),
            record.Raw("unit"),
            record.Double("value")));
}
