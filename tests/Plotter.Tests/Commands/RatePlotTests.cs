using Lab.CommandLine;
using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Commands;

public sealed class RatePlotTests : IDisposable
{
    private readonly RateFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void A_rate_folder_gets_every_chart_family_and_the_report_section()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Success, PlotCommand.Run([fixture.Path], output, error));
        Assert.Equal(string.Empty, error.ToString());

        var charts = Path.Combine(fixture.Path, "charts");
        string[] expected =
        [
            "rate-reader-p999-1k-r1.png", "rate-reader-p999-100k-r2.png", "rate-reader-throughput-100k-r1.png",
            "rate-lag-100k-r2.png", "rate-gc-pause-1k-r2.png", RateCharts.PercentilesFileName(100_000, 2, "100"),
            RateCharts.PercentilesFileName(1_000, 2, "max"),
        ];
        Assert.All(expected, file => Assert.Equal((ChartFrame.Width, ChartFrame.Height), Png.ReadSize(Path.Combine(charts, file))));
        Assert.Equal(2 * 2 * 2 + (2 * 2) + (2 * 4) + 2, Directory.GetFiles(charts, "*.png").Length); // + the decision chart per readers count

        var report = File.ReadAllText(Path.Combine(fixture.Path, "REPORT.md"));
        Assert.Contains("## " + RateReportWriter.Heading, report, StringComparison.Ordinal);
        Assert.Contains("## " + RateReportWriter.DecisionsHeading, report, StringComparison.Ordinal);
        Assert.Contains("### " + RateReportWriter.SteadyStateHeading, report, StringComparison.Ordinal);
        Assert.Contains("| `rate/layered/100000/1/1000/workstation` | 1 | 0.5 s | no compaction within the 4 s warm-up cap |", report, StringComparison.Ordinal);
        Assert.Contains("](charts/rate-reader-p999-100k-r2.png)", report, StringComparison.Ordinal);
        Assert.Contains("| `rate/noop/1000/1/0/workstation` |", report, StringComparison.Ordinal);
        Assert.Contains("41.5 ns", report, StringComparison.Ordinal);
        Assert.Contains("None: every writer with a target kept it.", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rate_chart_family_is_rendered()
    {
        var charts = PlotCommand.Generate(null, RateResults.Load(fixture.Path), fixture.Path);
        Assert.Equal(
            Enum.GetValues<ChartKind>().Where(kind => kind.IsRateRun()).Order(),
            charts.Select(chart => chart.Kind).Distinct().Order());
    }

    [Fact]
    public void The_rule_finds_the_highest_rate_up_to_which_a_map_keeps_readers_fast()
    {
        var results = RateResults.Load(fixture.Path);

        // cow: p99.9 triples and throughput falls to 2M from 1,000 writes/s at 100K; fine at 1K.
        Assert.Equal("100", ReadersFastRule.KeepsFastUpTo(results, "cow", 100_000, 2, "workstation"));
        Assert.Equal("max", ReadersFastRule.KeepsFastUpTo(results, "cow", 1_000, 2, "workstation"));

        // rwlock: p99.9 triples from the first write rate on.
        Assert.Equal("0", ReadersFastRule.KeepsFastUpTo(results, "rwlock", 1_000, 1, "workstation"));

        // hamt: 7M is more than 20% below the best (cow's 10M) already at rate 0.
        Assert.Equal("none", ReadersFastRule.KeepsFastUpTo(results, "hamt", 1_000, 1, "workstation"));

        // At 100K from 1,000 writes/s, the best is concurrent's 9M: layered's 8.5M is within 20%.
        Assert.Equal("max", ReadersFastRule.KeepsFastUpTo(results, "layered", 100_000, 2, "workstation"));
        Assert.Equal("max", ReadersFastRule.KeepsFastUpTo(results, "concurrent", 100_000, 2, "workstation"));
    }

    [Fact]
    public void A_writer_that_missed_its_rate_does_not_count_as_keeping_readers_fast()
    {
        // The 100 writes/s cell of concurrent at 1K, 1 reader is line 2 + 2 x 4 + 1: its writer fell behind.
        fixture.SetField(11, "rate_met", "false");
        var results = RateResults.Load(fixture.Path);
        Assert.Equal("rate/concurrent/1000/1/100/workstation", results.Rows[9].Cell.ToString());
        Assert.Equal("0", ReadersFastRule.KeepsFastUpTo(results, "concurrent", 1_000, 1, "workstation"));

        Assert.Equal(ExitCodes.Success, PlotCommand.Run([fixture.Path], TextWriter.Null, TextWriter.Null));
        Assert.Contains("| `rate/concurrent/1000/1/100/workstation` | 1 | 100 |", File.ReadAllText(Path.Combine(fixture.Path, "REPORT.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Crossings_say_where_a_snapshot_design_falls_behind_a_reference()
    {
        var results = RateResults.Load(fixture.Path);
        Assert.Equal("ahead up to 100, behind from 1000", ReadersFastRule.Crossing(results, "cow", "concurrent", 100_000, 2, "workstation"));
        Assert.Equal("ahead at every rate", ReadersFastRule.Crossing(results, "cow", "rwlock", 1_000, 2, "workstation"));
        Assert.Equal("behind at every rate", ReadersFastRule.Crossing(results, "hamt", "concurrent", 1_000, 2, "workstation"));
    }

    [Theory]
    [InlineData("write_rate", "fast", "write_rate", "neither an integer rate nor max")]
    [InlineData("target_writes_per_s", "7", "target_writes_per_s", "must equal write_rate")]
    [InlineData("gc_mode", "parallel", "gc_mode", "is not one of workstation, server, concurrent-off")]
    [InlineData("map", "dictionary", "map", "not a thread-safe catalog or reference id")]
    [InlineData("rate_met", "true", "rate_met", "must be empty for write_rate 0 and max")]
    [InlineData("reader_p99_9_ns", "", "reader_p99_9_ns", "is empty")]
    [InlineData("reader_ops_per_s", "1,5", "reader_ops_per_s", "the row has")]
    [InlineData("warmup_settled", "yes", "warmup_settled", "is not true or false")]
    [InlineData("histogram", "../elsewhere.hlog", "histogram", "must be a path inside the results folder")]
    [InlineData("histogram", "histograms/missing.hlog", "histogram", "does not exist")]
    [InlineData("reader_samples", "19999", "histogram", "the log's reader histogram holds 20000 values, reader_samples says 19999")]
    public void A_bad_field_is_rejected_with_file_line_and_column(string column, string value, string reportedColumn, string problem)
    {
        fixture.SetField(2, column, value);
        var error = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, PlotCommand.Run([fixture.Path], TextWriter.Null, error));
        Assert.Contains("latency.csv, line 2", error.ToString(), StringComparison.Ordinal);
        if (!problem.StartsWith("the row has", StringComparison.Ordinal))
        {
            Assert.Contains($"column '{reportedColumn}'", error.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains(problem, error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(fixture.Path, "charts")));
        Assert.False(File.Exists(Path.Combine(fixture.Path, "REPORT.md")));
    }

    [Fact]
    public void A_cell_id_that_disagrees_with_its_columns_is_rejected()
    {
        fixture.SetField(3, "size", "2000");
        var error = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, PlotCommand.Run([fixture.Path], TextWriter.Null, error));
        Assert.Contains("latency.csv, line 3, column 'cell'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_rejected()
    {
        var path = fixture.File(ResultFiles.Latency);
        var lines = File.ReadAllLines(path);
        lines[0] = lines[0].Replace("reader_p99_9_ns", "reader_p999_ns", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);
        var error = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, PlotCommand.Run([fixture.Path], TextWriter.Null, error));
        Assert.Contains("latency.csv, line 1, column 'reader_p999_ns': unknown column", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_histogram_log_is_a_clear_error()
    {
        File.WriteAllText(fixture.File("histograms/rate_cow_1000_1_0_workstation.hlog"), "not a log\n");
        var error = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, PlotCommand.Run([fixture.Path], TextWriter.Null, error));
        Assert.Contains("rate_cow_1000_1_0_workstation.hlog", error.ToString(), StringComparison.Ordinal);
    }
}
