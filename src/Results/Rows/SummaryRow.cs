namespace Lab.Results;

/// <summary>
/// One row of summary.csv: one benchmark cell's statistics, per map operation (results/README.md). Times
/// are nanoseconds per operation, throughput million operations per second, both over all threads; null is
/// an empty field (not applicable).
/// </summary>
public sealed record SummaryRow
{
    /// <summary>The cell (columns cell, scenario, map, mix, size, threads, keys).</summary>
    public CellId Cell { get; init; }

    /// <summary>Reads in percent: every matrix row, no other.</summary>
    public int? ReadPercent { get; init; }

    /// <summary>Mean ns per operation; positive.</summary>
    public double NsPerOp { get; init; }

    /// <summary>Median over iterations.</summary>
    public double? NsPerOpMedian { get; init; }

    /// <summary>Standard deviation over iterations.</summary>
    public double? NsPerOpStdDev { get; init; }

    /// <summary>99.9% confidence interval of the mean, lower end (truncated at 0).</summary>
    public double? NsPerOpCiLower { get; init; }

    /// <summary>99.9% confidence interval of the mean, upper end.</summary>
    public double? NsPerOpCiUpper { get; init; }

    /// <summary>Aggregate throughput, 1000 / <see cref="NsPerOp"/>.</summary>
    public double MopsPerSecond { get; init; }

    /// <summary>Throughput lower bound.</summary>
    public double? MopsCiLower { get; init; }

    /// <summary>Throughput upper bound (empty when the time's lower bound is 0).</summary>
    public double? MopsCiUpper { get; init; }

    /// <summary>Measured iterations.</summary>
    public int Iterations { get; init; }

    /// <summary>Bytes allocated per operation, all threads.</summary>
    public double? BytesPerOp { get; init; }

    /// <summary>Gen0 collections per 1,000 operations.</summary>
    public double? Gen0Per1kOps { get; init; }

    /// <summary>Gen1 collections per 1,000 operations.</summary>
    public double? Gen1Per1kOps { get; init; }

    /// <summary>Gen2 collections per 1,000 operations.</summary>
    public double? Gen2Per1kOps { get; init; }

    /// <summary>Monitor lock contentions per operation.</summary>
    public double? LockContentionsPerOp { get; init; }

    /// <summary>Thread-pool work items per operation.</summary>
    public double? WorkItemsPerOp { get; init; }

    /// <summary>The map's own cost counters per write.</summary>
    public WriteCounters Counters { get; init; } = WriteCounters.None;

    /// <summary>The <c>noop</c> row's ns/op for the same mix, size, threads and keys.</summary>
    public double? HarnessNsPerOp { get; init; }

    /// <summary>BenchmarkDotNet's full benchmark name.</summary>
    public string? Benchmark { get; init; }

    /// <summary>Map operations per BenchmarkDotNet operation.</summary>
    public long OpsPerInvocation { get; init; }

    private static readonly ColumnFactory<SummaryRow> c = new();

    /// <summary>The file and its columns in contract order.</summary>
    public static CsvTable<SummaryRow> Table { get; } = new(ResultFiles.Summary, () => new SummaryRow(),
    [
        .. CellColumns.For<SummaryRow>(r => r.Cell, (r, v) => r with { Cell = v }, r => r.ReadPercent, (r, v) => r with { ReadPercent = v }),
        c.Number("ns_per_op", r => r.NsPerOp, (r, v) => r with { NsPerOp = v }),
        c.OptionalNumber("ns_per_op_median", r => r.NsPerOpMedian, (r, v) => r with { NsPerOpMedian = v }),
        c.OptionalNumber("ns_per_op_stddev", r => r.NsPerOpStdDev, (r, v) => r with { NsPerOpStdDev = v }),
        c.OptionalNumber("ns_per_op_ci_lower", r => r.NsPerOpCiLower, (r, v) => r with { NsPerOpCiLower = v }),
        c.OptionalNumber("ns_per_op_ci_upper", r => r.NsPerOpCiUpper, (r, v) => r with { NsPerOpCiUpper = v }),
        c.Number("mops_per_s", r => r.MopsPerSecond, (r, v) => r with { MopsPerSecond = v }),
        c.OptionalNumber("mops_ci_lower", r => r.MopsCiLower, (r, v) => r with { MopsCiLower = v }),
        c.OptionalNumber("mops_ci_upper", r => r.MopsCiUpper, (r, v) => r with { MopsCiUpper = v }),
        c.WholeNumber("iterations", r => r.Iterations, (r, v) => r with { Iterations = v }),
        c.OptionalNumber("bytes_per_op", r => r.BytesPerOp, (r, v) => r with { BytesPerOp = v }),
        c.OptionalNumber("gen0_per_1k_ops", r => r.Gen0Per1kOps, (r, v) => r with { Gen0Per1kOps = v }),
        c.OptionalNumber("gen1_per_1k_ops", r => r.Gen1Per1kOps, (r, v) => r with { Gen1Per1kOps = v }),
        c.OptionalNumber("gen2_per_1k_ops", r => r.Gen2Per1kOps, (r, v) => r with { Gen2Per1kOps = v }),
        c.OptionalNumber("lock_contentions_per_op", r => r.LockContentionsPerOp, (r, v) => r with { LockContentionsPerOp = v }),
        c.OptionalNumber("work_items_per_op", r => r.WorkItemsPerOp, (r, v) => r with { WorkItemsPerOp = v }),
        c.OptionalNumber("copies_per_write", r => r.Counters.CopiesPerWrite, (r, v) => r with { Counters = r.Counters with { CopiesPerWrite = v } }),
        c.OptionalNumber("entries_copied_per_write", r => r.Counters.EntriesCopiedPerWrite, (r, v) => r with { Counters = r.Counters with { EntriesCopiedPerWrite = v } }),
        c.OptionalNumber("cas_attempts_per_write", r => r.Counters.CasAttemptsPerWrite, (r, v) => r with { Counters = r.Counters with { CasAttemptsPerWrite = v } }),
        c.OptionalNumber("cas_retries_per_write", r => r.Counters.CasRetriesPerWrite, (r, v) => r with { Counters = r.Counters with { CasRetriesPerWrite = v } }),
        c.OptionalNumber("rebuilds_per_write", r => r.Counters.RebuildsPerWrite, (r, v) => r with { Counters = r.Counters with { RebuildsPerWrite = v } }),
        c.OptionalNumber("compactions_per_write", r => r.Counters.CompactionsPerWrite, (r, v) => r with { Counters = r.Counters with { CompactionsPerWrite = v } }),
        c.OptionalNumber("flips_per_write", r => r.Counters.FlipsPerWrite, (r, v) => r with { Counters = r.Counters with { FlipsPerWrite = v } }).Later(),
        c.OptionalNumber("reader_waits_per_write", r => r.Counters.ReaderWaitsPerWrite, (r, v) => r with { Counters = r.Counters with { ReaderWaitsPerWrite = v } }).Later(),
        c.OptionalNumber("harness_ns_per_op", r => r.HarnessNsPerOp, (r, v) => r with { HarnessNsPerOp = v }),
        c.OptionalText("benchmark", r => r.Benchmark, (r, v) => r with { Benchmark = v }),
        c.LongWholeNumber("ops_per_invocation", r => r.OpsPerInvocation, (r, v) => r with { OpsPerInvocation = v }),
    ]);

    /// <summary>
    /// Reads summary.csv strictly: every field valid by the contract, the cell identity consistent
    /// (<see cref="CellColumns.Check"/>, maps by <paramref name="maps"/>), a positive ns/op, no cell twice.
    /// Throws <see cref="ResultsFileException"/> naming file, line and column; rows come back in file order.
    /// </summary>
    public static IReadOnlyList<SummaryRow> Read(string path, MapRule? maps = null)
    {
        var seen = new HashSet<CellId>();
        return Table.ReadFile(path, (row, record) =>
        {
            if (row.NsPerOp <= 0)
            {
                throw record.Error("ns_per_op", "must be positive");
            }

            CellColumns.Check(row.Cell, row.ReadPercent, record, maps);
            if (!seen.Add(row.Cell))
            {
                throw record.Error("cell", $"cell '{row.Cell}' appears twice");
            }
        });
    }
}
