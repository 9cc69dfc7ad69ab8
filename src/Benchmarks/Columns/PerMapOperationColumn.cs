using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Lab.Benchmarks.Export;

namespace Lab.Benchmarks.Columns;

/// <summary>
/// Console/markdown columns in map operations rather than BenchmarkDotNet operations: for the
/// matrix, BenchmarkDotNet's Mean is one whole harness invocation, this column is the mean per
/// map operation (what summary.csv's <c>ns_per_op</c> holds), beside the operations per invocation.
/// </summary>
internal sealed class PerMapOperationColumn : IColumn
{
    private readonly bool showOperations;

    private PerMapOperationColumn(bool showOperations) => this.showOperations = showOperations;

    /// <summary>Mean nanoseconds per map operation.</summary>
    public static IColumn NanosecondsPerOperation { get; } = new PerMapOperationColumn(showOperations: false);

    /// <summary>Map operations per BenchmarkDotNet operation.</summary>
    public static IColumn OperationsPerInvocation { get; } = new PerMapOperationColumn(showOperations: true);

    public string Id => showOperations ? "LabOpsPerInvoke" : "LabNsPerOp";

    public string ColumnName => showOperations ? "Ops/invoke" : "ns/op";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => showOperations ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => showOperations
        ? "Map operations per BenchmarkDotNet operation (all worker threads)"
        : "Mean wall-clock nanoseconds per map operation (Mean / Ops/invoke)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var divisor = CellResolver.Resolve(benchmarkCase).OperationsPerBenchmarkOperation;
        if (showOperations)
        {
            return divisor.ToString(CultureInfo.InvariantCulture);
        }

        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null ? "NA" : (statistics.Mean / divisor).ToString("F2", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
