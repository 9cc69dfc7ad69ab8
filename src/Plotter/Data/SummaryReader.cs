namespace Lab.Plotter.Data;

/// <summary>
/// Reads summary.csv (one row per cell, columns in results/README.md). Throws
/// <see cref="CsvDataException"/> naming file, line and column for any field the contract does not
/// allow, and for a cell that appears twice. Rows come back in file order.
/// </summary>
internal static class SummaryReader
{
    public const string FileName = "summary.csv";

    public static IReadOnlyList<string> Columns { get; } =
    [
        .. CellKey.Columns,
        "ns_per_op", "ns_per_op_median", "ns_per_op_stddev", "ns_per_op_ci_lower", "ns_per_op_ci_upper",
        "mops_per_s", "mops_ci_lower", "mops_ci_upper", "iterations", "bytes_per_op",
        "gen0_per_1k_ops", "gen1_per_1k_ops", "gen2_per_1k_ops", "lock_contentions_per_op", "work_items_per_op",
        "copies_per_write", "entries_copied_per_write", "cas_attempts_per_write", "cas_retries_per_write",
        "rebuilds_per_write", "compactions_per_write", "harness_ns_per_op", "benchmark", "ops_per_invocation",
    ];

    public static IReadOnlyList<SummaryRow> Read(string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return CsvTableReader.Read(path, Columns, record =>
        {
            var row = ReadRow(record);
            return seen.Add(row.Cell.Id) ? row : throw record.Error("cell", $"cell '{row.Cell.Id}' appears twice");
        });
    }

    private static SummaryRow ReadRow(CsvRecord record)
    {
        var nsPerOp = record.Double("ns_per_op");
        if (nsPerOp <= 0)
        {
            throw record.Error("ns_per_op", "must be positive");
        }

        return new SummaryRow(
            CellKey.Read(record),
            record.Line,
            nsPerOp,
            record.OptionalDouble("ns_per_op_median"),
            record.OptionalDouble("ns_per_op_stddev"),
            record.OptionalDouble("ns_per_op_ci_lower"),
            record.OptionalDouble("ns_per_op_ci_upper"),
            record.Double("mops_per_s"),
            record.OptionalDouble("mops_ci_lower"),
            record.OptionalDouble("mops_ci_upper"),
            record.Int("iterations"),
            record.OptionalDouble("bytes_per_op"),
            record.OptionalDouble("gen0_per_1k_ops"),
            record.OptionalDouble("gen1_per_1k_ops"),
            record.OptionalDouble("gen2_per_1k_ops"),
            record.OptionalDouble("lock_contentions_per_op"),
            record.OptionalDouble("work_items_per_op"),
            new WriteCounters(
                record.OptionalDouble("copies_per_write"),
                record.OptionalDouble("entries_copied_per_write"),
                record.OptionalDouble("cas_attempts_per_write"),
                record.OptionalDouble("cas_retries_per_write"),
                record.OptionalDouble("rebuilds_per_write"),
                record.OptionalDouble("compactions_per_write")),
            record.OptionalDouble("harness_ns_per_op"),
            record.OptionalText("benchmark"));
    }
}
