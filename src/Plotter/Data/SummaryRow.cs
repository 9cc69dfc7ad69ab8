namespace Lab.Plotter.Data;

/// <summary>
/// One row of summary.csv: one cell's statistics. Optional columns are <see langword="null"/> when the
/// field is empty (not applicable). Times are nanoseconds per operation, throughput is million operations
/// per second, both over all threads.
/// </summary>
internal sealed record SummaryRow(
    CellKey Cell,
    long Line,
    double NsPerOp,
    double? NsPerOpMedian,
    double? NsPerOpStdDev,
    double? NsPerOpCiLower,
    double? NsPerOpCiUpper,
    double MopsPerSecond,
    double? MopsCiLower,
    double? MopsCiUpper,
    int Iterations,
    double? BytesPerOp,
    double? Gen0Per1kOps,
    double? Gen1Per1kOps,
    double? Gen2Per1kOps,
    double? LockContentionsPerOp,
    double? WorkItemsPerOp,
    WriteCounters Counters,
    double? HarnessNsPerOp,
    string? Benchmark);
