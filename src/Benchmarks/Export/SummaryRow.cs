namespace Lab.Benchmarks.Export;

/// <summary>One row of summary.csv; column names and order are the contract in results/README.md.</summary>
internal sealed record SummaryRow
{
    public required string Cell { get; init; }
    public required string Scenario { get; init; }
    public required string Map { get; init; }
    public required string Mix { get; init; }
    public int? ReadPct { get; init; }
    public int? Size { get; init; }
    public int Threads { get; init; }
    public required string Keys { get; init; }
    public double? NsPerOp { get; init; }
    public double? NsPerOpMedian { get; init; }
    public double? NsPerOpStdDev { get; init; }
    public double? NsPerOpCiLower { get; init; }
    public double? NsPerOpCiUpper { get; init; }
    public double? MopsPerS { get; init; }
    public double? MopsCiLower { get; init; }
    public double? MopsCiUpper { get; init; }
    public int Iterations { get; init; }
    public double? BytesPerOp { get; init; }
    public double? Gen0Per1kOps { get; init; }
    public double? Gen1Per1kOps { get; init; }
    public double? Gen2Per1kOps { get; init; }
    public double? LockContentionsPerOp { get; init; }
    public double? WorkItemsPerOp { get; init; }
    public double? CopiesPerWrite { get; init; }
    public double? EntriesCopiedPerWrite { get; init; }
    public double? CasAttemptsPerWrite { get; init; }
    public double? CasRetriesPerWrite { get; init; }
    public double? RebuildsPerWrite { get; init; }
    public double? CompactionsPerWrite { get; init; }
    public double? HarnessNsPerOp { get; init; }
    public required string Benchmark { get; init; }
    public long OpsPerInvocation { get; init; }

    /// <summary>The columns in contract order.</summary>
    public static IReadOnlyList<CsvColumn<SummaryRow>> Columns { get; } =
    [
        CsvColumn<SummaryRow>.Text("cell", row => row.Cell),
        CsvColumn<SummaryRow>.Text("scenario", row => row.Scenario),
        CsvColumn<SummaryRow>.Text("map", row => row.Map),
        CsvColumn<SummaryRow>.Text("mix", row => row.Mix),
        CsvColumn<SummaryRow>.Integer("read_pct", row => row.ReadPct),
        CsvColumn<SummaryRow>.Integer("size", row => row.Size),
        CsvColumn<SummaryRow>.Integer("threads", row => row.Threads),
        CsvColumn<SummaryRow>.Text("keys", row => row.Keys),
        CsvColumn<SummaryRow>.Number("ns_per_op", row => row.NsPerOp),
        CsvColumn<SummaryRow>.Number("ns_per_op_median", row => row.NsPerOpMedian),
        CsvColumn<SummaryRow>.Number("ns_per_op_stddev", row => row.NsPerOpStdDev),
        CsvColumn<SummaryRow>.Number("ns_per_op_ci_lower", row => row.NsPerOpCiLower),
        CsvColumn<SummaryRow>.Number("ns_per_op_ci_upper", row => row.NsPerOpCiUpper),
        CsvColumn<SummaryRow>.Number("mops_per_s", row => row.MopsPerS),
        CsvColumn<SummaryRow>.Number("mops_ci_lower", row => row.MopsCiLower),
        CsvColumn<SummaryRow>.Number("mops_ci_upper", row => row.MopsCiUpper),
        CsvColumn<SummaryRow>.Integer("iterations", row => row.Iterations),
        CsvColumn<SummaryRow>.Number("bytes_per_op", row => row.BytesPerOp),
        CsvColumn<SummaryRow>.Number("gen0_per_1k_ops", row => row.Gen0Per1kOps),
        CsvColumn<SummaryRow>.Number("gen1_per_1k_ops", row => row.Gen1Per1kOps),
        CsvColumn<SummaryRow>.Number("gen2_per_1k_ops", row => row.Gen2Per1kOps),
        CsvColumn<SummaryRow>.Number("lock_contentions_per_op", row => row.LockContentionsPerOp),
        CsvColumn<SummaryRow>.Number("work_items_per_op", row => row.WorkItemsPerOp),
        CsvColumn<SummaryRow>.Number("copies_per_write", row => row.CopiesPerWrite),
        CsvColumn<SummaryRow>.Number("entries_copied_per_write", row => row.EntriesCopiedPerWrite),
        CsvColumn<SummaryRow>.Number("cas_attempts_per_write", row => row.CasAttemptsPerWrite),
        CsvColumn<SummaryRow>.Number("cas_retries_per_write", row => row.CasRetriesPerWrite),
        CsvColumn<SummaryRow>.Number("rebuilds_per_write", row => row.RebuildsPerWrite),
        CsvColumn<SummaryRow>.Number("compactions_per_write", row => row.CompactionsPerWrite),
        CsvColumn<SummaryRow>.Number("harness_ns_per_op", row => row.HarnessNsPerOp),
        CsvColumn<SummaryRow>.Text("benchmark", row => row.Benchmark),
        CsvColumn<SummaryRow>.Integer("ops_per_invocation", row => row.OpsPerInvocation),
    ];
}
