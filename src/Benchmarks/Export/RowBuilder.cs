using BenchmarkDotNet.Mathematics;
using Lab.Benchmarks.Diagnostics;
using Lab.Benchmarks.Harness;
using Lab.Results;

namespace Lab.Benchmarks.Export;

/// <summary>
/// Turns cell results into contract rows: every figure divided down to one map operation, the
/// 99.9% confidence interval of the mean, counters per write from the side files, and each
/// matrix row's harness cost from the <c>noop</c> row with the same mix, size, threads and keys.
/// </summary>
internal static class RowBuilder
{
    public static IReadOnlyList<SummaryRow> Summary(IEnumerable<CellResult> results, Func<CellId, CounterReading?> counters)
    {
        var rows = results.Select(result => SummaryRow(result, counters(result.Cell.Id))).ToList();
        var harness = rows
            .Where(row => row.Cell.Map == NoopMap<int, int>.Id)
            .ToDictionary(row => HarnessKey(row), row => (double?)row.NsPerOp);
        return [.. rows.Select(row => row with { HarnessNsPerOp = harness.GetValueOrDefault(HarnessKey(row)) })];
    }

    public static IEnumerable<MeasurementRow> Measurements(CellResult result)
    {
        var cell = result.Cell;
        return result.Iterations.Select(iteration => new MeasurementRow
        {
            Cell = cell.Id,
            ReadPercent = cell.ReadPercent,
            Launch = iteration.Launch,
            Iteration = iteration.Iteration,
            NsPerOp = iteration.Nanoseconds / cell.OperationsPerBenchmarkOperation,
        });
    }

    private static CellId HarnessKey(SummaryRow row) => row.Cell.WithMap(NoopMap<int, int>.Id);

    private static SummaryRow SummaryRow(CellResult result, CounterReading? counters)
    {
        var cell = result.Cell;
        var divisor = (double)cell.OperationsPerBenchmarkOperation;
        var stats = result.Statistics;
        var mean = stats.Mean / divisor;
        double? ciLower = null, ciUpper = null;
        if (stats.N >= 2)
        {
            // The t-interval of the mean is symmetric; with a few long iterations it reaches below zero,
            // where no time lies: truncate it there (the throughput's upper bound is then unbounded).
            var interval = new LegacyConfidenceInterval(stats.Mean, stats.StandardError, stats.N, LegacyConfidenceLevel.L999);
            ciLower = Math.Max(0, interval.Lower) / divisor;
            ciUpper = interval.Upper / divisor;
        }

        var hasWrites = counters is { Writes: > 0 };
        double? PerWrite(Func<Lab.Maps.MapCostCounters, long> counter) => hasWrites ? counters!.Value.PerWrite(counter(counters.Value.Counters)) : null;
        double? PerOp(double? perBenchmarkOperation) => perBenchmarkOperation / divisor;

        return new SummaryRow
        {
            Cell = cell.Id,
            ReadPercent = cell.ReadPercent,
            NsPerOp = mean,
            NsPerOpMedian = Finite(stats.Median / divisor),
            NsPerOpStdDev = stats.N >= 2 ? Finite(stats.StandardDeviation / divisor) : null,
            NsPerOpCiLower = Finite(ciLower),
            NsPerOpCiUpper = Finite(ciUpper),
            MopsPerSecond = Throughput(mean) ?? 0,
            MopsCiLower = Throughput(ciUpper),
            MopsCiUpper = Throughput(ciLower),
            Iterations = stats.N,
            BytesPerOp = Finite(PerOp(result.BytesPerBenchmarkOperation)),
            Gen0Per1kOps = Finite(PerOp(result.Gen0PerBenchmarkOperation) * 1000),
            Gen1Per1kOps = Finite(PerOp(result.Gen1PerBenchmarkOperation) * 1000),
            Gen2Per1kOps = Finite(PerOp(result.Gen2PerBenchmarkOperation) * 1000),
            LockContentionsPerOp = Finite(PerOp(result.LockContentionsPerBenchmarkOperation)),
            WorkItemsPerOp = Finite(PerOp(result.WorkItemsPerBenchmarkOperation)),
            Counters = new WriteCounters(
                PerWrite(c => c.Copies),
                PerWrite(c => c.EntriesCopied),
                PerWrite(c => c.CasAttempts),
                PerWrite(c => c.CasRetries),
                PerWrite(c => c.Rebuilds),
                PerWrite(c => c.Compactions),
                PerWrite(c => c.Flips),
                PerWrite(c => c.ReaderWaits)),
            Benchmark = result.Benchmark,
            OpsPerInvocation = cell.OperationsPerBenchmarkOperation,
        };
    }

    private static double? Throughput(double? nsPerOp) => nsPerOp is { } ns && ns > 0 && double.IsFinite(ns) ? 1000.0 / ns : null;

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
