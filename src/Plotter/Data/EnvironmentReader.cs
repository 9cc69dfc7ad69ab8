namespace Lab.Plotter.Data;

/// <summary>Reads environment.csv, which must hold exactly one data row (results/README.md).</summary>
internal static class EnvironmentReader
{
    public const string FileName = "environment.csv";

    public static IReadOnlyList<string> Columns { get; } =
    [
        "run_id", "date_utc", "commit", "profile", "cpu", "logical_cores", "physical_cores",
        "os", "runtime", "gc_mode", "bdn_version", "job", "shard_count",
    ];

    /// <summary>Columns added after the first committed runs, which lack them.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } = ["shard_count"];

    public static RunEnvironment Read(string path)
    {
        var rows = CsvTableReader.Read(path, Columns, OptionalColumns, record => (record.Line, Environment: ReadRow(record)));
        return rows.Count == 1
            ? rows[0].Environment
            : throw new CsvDataException(Path.GetFileName(path), rows[1].Line, null, $"expected exactly one data row, found {rows.Count}");
    }

    private static RunEnvironment ReadRow(CsvRecord record)
    {
        var logicalCores = record.Int("logical_cores");
        return logicalCores > 0
            ? new RunEnvironment(
                record.Text("run_id"),
                record.Text("date_utc"),
                record.Text("commit"),
                record.Text("profile"),
                record.Text("cpu"),
                logicalCores,
                record.OptionalInt("physical_cores"),
                record.Text("os"),
                record.Text("runtime"),
                record.Text("gc_mode"),
                record.Text("bdn_version"),
                record.Raw("job"),
                ShardCount(record))
            : throw record.Error("logical_cores", "must be positive");
    }

    private static int? ShardCount(CsvRecord record) => record.OptionalInt("shard_count") switch
    {
        <= 0 => throw record.Error("shard_count", "must be positive"),
        var count => count,
    };
}
