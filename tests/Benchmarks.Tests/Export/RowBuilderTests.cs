using BenchmarkDotNet.Mathematics;
using Lab.Benchmarks.Diagnostics;
using Lab.Benchmarks.Export;
using Lab.Maps;

namespace Lab.Benchmarks.Tests.Export;

public class RowBuilderTests
{
    internal static CellInfo Matrix(string map, int threads = 2) => new("matrix", map, "read90", 90, 1_000, threads, "uniform", OperationsPerBenchmarkOperation: 1_000);

    internal static CellResult Result(CellInfo cell, params double[] nanosecondsPerInvocation) => new(
        cell,
        $"MatrixBenchmarks.Run(Cell: {cell.Map})",
        new Statistics(nanosecondsPerInvocation),
        [.. nanosecondsPerInvocation.Select((ns, index) => new IterationTime(1, index + 1, ns))],
        BytesPerBenchmarkOperation: 64_000,
        Gen0PerBenchmarkOperation: 0.5,
        Gen1PerBenchmarkOperation: 0,
        Gen2PerBenchmarkOperation: null,
        LockContentionsPerBenchmarkOperation: 10,
        WorkItemsPerBenchmarkOperation: 0);

    [Fact]
    public void Figures_are_divided_down_to_one_map_operation()
    {
        var row = Assert.Single(RowBuilder.Summary([Result(Matrix("cow"), 10_000, 20_000, 30_000)], _ => null));
        Assert.Equal("matrix/cow/read90/1000/2/uniform", row.Cell.ToString());
        Assert.Equal(20, row.NsPerOp, 9);
        Assert.Equal(20, row.NsPerOpMedian!.Value, 9);
        Assert.Equal(10, row.NsPerOpStdDev!.Value, 9);
        Assert.Equal(50, row.MopsPerSecond, 9);
        Assert.Equal(64, row.BytesPerOp);
        Assert.Equal(0.5, row.Gen0Per1kOps!.Value, 9);
        Assert.Null(row.Gen2Per1kOps);
        Assert.Equal(0.01, row.LockContentionsPerOp!.Value, 9);
        Assert.Equal(3, row.Iterations);
        Assert.Equal(1_000, row.OpsPerInvocation);
    }

    [Fact]
    public void The_confidence_interval_brackets_the_mean_and_throughput_bounds_invert_it()
    {
        var row = RowBuilder.Summary([Result(Matrix("cow"), 10_000, 11_000, 12_000, 13_000)], _ => null)[0];
        Assert.True(row.NsPerOpCiLower < row.NsPerOp && row.NsPerOp < row.NsPerOpCiUpper);
        Assert.Equal(1000 / row.NsPerOpCiUpper!.Value, row.MopsCiLower!.Value, 9);
        Assert.Equal(1000 / row.NsPerOpCiLower!.Value, row.MopsCiUpper!.Value, 9);
    }

    [Fact]
    public void An_interval_that_would_reach_below_zero_is_truncated_at_zero()
    {
        // One long iteration among short ones: mean 31.25 us, standard error ~27 us, 99.9% t-interval far below zero.
        var row = RowBuilder.Summary([Result(Matrix("frozen"), 10_000, 10_000, 10_000, 95_000)], _ => null)[0];
        Assert.Equal(0, row.NsPerOpCiLower);
        Assert.True(row.NsPerOpCiUpper > row.NsPerOp);
        Assert.Null(row.MopsCiUpper);
        Assert.Equal(1000 / row.NsPerOpCiUpper!.Value, row.MopsCiLower!.Value, 9);
    }

    [Fact]
    public void A_single_iteration_has_no_interval_or_deviation()
    {
        var row = RowBuilder.Summary([Result(Matrix("cow"), 10_000)], _ => null)[0];
        Assert.Equal(10, row.NsPerOp);
        Assert.Null(row.NsPerOpCiLower);
        Assert.Null(row.NsPerOpStdDev);
    }

    [Fact]
    public void Harness_cost_comes_from_the_noop_row_of_the_same_cell_shape()
    {
        var rows = RowBuilder.Summary(
            [Result(Matrix("cow"), 50_000), Result(Matrix("noop"), 4_000), Result(Matrix("cow", threads: 4), 60_000)],
            _ => null);
        Assert.Equal(4, rows.Single(row => row.Cell.Map == "cow" && row.Cell.Threads == 2).HarnessNsPerOp);
        Assert.Equal(4, rows.Single(row => row.Cell.Map == "noop").HarnessNsPerOp);
        Assert.Null(rows.Single(row => row.Cell.Threads == 4).HarnessNsPerOp);
    }

    [Fact]
    public void Counters_are_reported_per_write_and_empty_without_writes()
    {
        var reading = new CounterReading(new MapCostCounters(Copies: 200, EntriesCopied: 200_000, CasAttempts: 220, CasRetries: 20, Rebuilds: 0, Compactions: 0, Flips: 0, ReaderWaits: 0), Writes: 200);
        var rows = RowBuilder.Summary(
            [Result(Matrix("cas"), 10_000), Result(Matrix("rwlock"), 10_000), Result(Matrix("cow", threads: 1), 10_000)],
            id => id.ToString() switch
            {
                "matrix/cas/read90/1000/2/uniform" => reading,
                "matrix/cow/read90/1000/1/uniform" => new CounterReading(default, Writes: 0),
                _ => null,
            });
        var cas = rows.Single(row => row.Cell.Map == "cas");
        Assert.Equal(1, cas.Counters.CopiesPerWrite);
        Assert.Equal(1_000, cas.Counters.EntriesCopiedPerWrite);
        Assert.Equal(1.1, cas.Counters.CasAttemptsPerWrite!.Value, 9);
        Assert.Equal(0.1, cas.Counters.CasRetriesPerWrite!.Value, 9);
        Assert.Null(rows.Single(row => row.Cell.Map == "rwlock").Counters.CopiesPerWrite);
        Assert.Null(rows.Single(row => row.Cell.Map == "cow").Counters.CopiesPerWrite);
    }

    [Fact]
    public void Measurements_are_per_map_operation_with_1_based_indexes()
    {
        var rows = RowBuilder.Measurements(Result(Matrix("cow"), 10_000, 30_000)).ToList();
        Assert.Equal([10.0, 30.0], rows.Select(row => row.NsPerOp));
        Assert.Equal([1, 2], rows.Select(row => row.Iteration));
        Assert.All(rows, row => Assert.Equal(1, row.Launch));
    }
}
