using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Reports;

public sealed class AnswerWriterTests : IDisposable
{
    private readonly DecisionRunFolder rate = new();

    public void Dispose() => rate.Dispose();

    [Fact]
    public void The_plot_of_a_rate_run_writes_ANSWER_md_with_one_row_for_100K_4_readers_1000_writes()
    {
        var folder = DecisionRuns.WriteDefault(rate);

        var charts = PlotCommand.Generate(null, RateResults.Load(folder), folder);

        var page = File.ReadAllText(Path.Combine(folder, AnswerWriter.FileName));
        var rows = page.Split('\n').Where(line => line.StartsWith("| 100K | 4 | 1,000/s |", StringComparison.Ordinal)).ToList();
        var row = Assert.Single(rows);
        // The judge's median of the per-replicate ratios (1.248, 1.2, 1.153), min..max of 3 replicates: 75% coverage.
        Assert.Equal("| 100K | 4 | 1,000/s | **cow** | concurrent | 1.20× (1.15–1.25×, 75%) | faster | yes | 1.50 µs |", row);

        // Equal readers at 10K, 1 reader, rate 0: the judge's tie, stated as one.
        var tie = Assert.Single(page.Split('\n'), line => line.StartsWith("| 10K | 1 | 0 (no writer) |", StringComparison.Ordinal));
        Assert.Matches(@"\*\*(cow ≈ concurrent|concurrent ≈ cow)\*\*", tie);
        Assert.Contains("| tie |", tie, StringComparison.Ordinal);
        Assert.Contains("| replicates | 3 per cell |", page, StringComparison.Ordinal);
        Assert.DoesNotContain("**noop**", page, StringComparison.Ordinal); // the harness row is never recommended
        Assert.Contains("| run | `20261203T080000Z-abc1234` |", page, StringComparison.Ordinal);
        Assert.Contains("| machine | Test CPU", page, StringComparison.Ordinal);
        Assert.Contains("No matrix run here", page, StringComparison.Ordinal);

        // The decision chart, one per readers count, is linked from the page and drawn at the frame size.
        var decision = charts.Where(chart => chart.Kind == ChartKind.Decision).Select(chart => chart.FileName).ToList();
        Assert.Equal([DecisionChart.FileName(1, "workstation"), DecisionChart.FileName(4, "workstation")], decision);
        Assert.All(decision, file =>
        {
            Assert.Contains($"](charts/{file})", page, StringComparison.Ordinal);
            Assert.Equal((ChartFrame.Width, ChartFrame.Height), Png.ReadSize(Path.Combine(folder, "charts", file)));
        });
    }

    [Fact]
    public void The_matrix_half_gives_the_judges_leader_runner_up_and_interval_per_size_write_share_and_threads()
    {
        using var matrix = new FixtureFolder();
        var results = BenchmarkResults.Load(matrix.Path);
        var view = new MatrixView(results);
        var verdict = WinnerJudge.Judge(view).Single(v => v.Size == 100_000 && v.Threads == 4 && v.Mix == "read90" && v.Keys == "uniform");

        PlotCommand.Generate(results, matrix.Path);

        var page = File.ReadAllText(matrix.File(AnswerWriter.FileName));
        var row = Assert.Single(page.Split('\n'), line => line.StartsWith("| 100K | 10% | 90% reads | 4 |", StringComparison.Ordinal));
        var comparison = verdict.RunnerUpComparison!;
        Assert.Contains($"**{DecisionText.Recommended(Decision.Of(verdict))}**", row, StringComparison.Ordinal);
        Assert.Contains($"| {verdict.RunnerUp!.Cell.Map} |", row, StringComparison.Ordinal);
        Assert.Contains($"{Figures.Ratio(comparison.Ratio)} ({Figures.Ratio(comparison.RatioLower).TrimEnd('×')}–{Figures.Ratio(comparison.RatioUpper)}, {Figures.Percent(comparison.Confidence)})", row, StringComparison.Ordinal);
        Assert.Contains("No rate run here", page, StringComparison.Ordinal);
        Assert.Contains("| replicates | 1 launch per cell", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Ties_are_stated_as_ties_with_every_tied_map()
    {
        var tie = new Decision("cow", "concurrent", 1.01, 0.97, 1.04, 0.99, DecisionVerdict.Tie, ["concurrent", "hamt"]);
        var answers = new AnswerSet(null, [], new EnvironmentRow { RunId = "r" }, [new RateAnswer(100_000, 4, "1000", 1_000, "workstation", tie, true, 800, 3)]);

        var page = AnswerWriter.Build(answers, []);

        Assert.Contains("| 100K | 4 | 1,000/s | **cow ≈ concurrent ≈ hamt** | concurrent | 1.01× (0.97–1.04×, 99%) | tie | yes | 800 ns |", page, StringComparison.Ordinal);
        Assert.Contains("| replicates | 3 per cell |", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matrix_tie_from_the_judge_reads_as_a_tie()
    {
        var leader = new SummaryRow { Cell = CellId.Parse("matrix/cow/read90/1000/1/uniform"), NsPerOp = 10 };
        var runnerUp = new SummaryRow { Cell = CellId.Parse("matrix/concurrent/read90/1000/1/uniform"), NsPerOp = 10.1 };
        var verdict = new CellVerdict("uniform", 1, "read90", 1_000, leader, runnerUp, ["concurrent"], [], false);

        var decision = Decision.Of(verdict);

        Assert.Equal(DecisionVerdict.Tie, decision.Verdict);
        Assert.Equal("cow ≈ concurrent", DecisionText.Recommended(decision));
        Assert.Equal("1.01× (no interval)", DecisionText.Margin(decision));
    }

    [Fact]
    public void A_close_call_won_by_the_runner_up_recommends_the_runner_up_with_the_paired_interval()
    {
        var leader = new SummaryRow { Cell = CellId.Parse("matrix/cow/read99/100000/2/uniform"), NsPerOp = 10 };
        var runnerUp = new SummaryRow { Cell = CellId.Parse("matrix/leftright/read99/100000/2/uniform"), NsPerOp = 10.5 };
        var sample = new SampleSummary(12, 12, 10, 0.02);
        var paired = new CellComparison("matrix/{map}/read99/100000/2/uniform", Verdict.Faster, ComparisonMode.Paired, 0.85, 0.80, 0.90, 0.95, 0.02, 0.05, sample, sample, "");
        var verdict = new CellVerdict("uniform", 2, "read99", 100_000, leader, runnerUp, [], [], false)
        {
            CloseCall = new CloseCallDecision(paired.Cell, "cow", "leftright", 1.05, CloseCallRow.Measured, 12, paired),
        };

        var decision = Decision.Of(verdict);

        Assert.Equal(("leftright", "cow", DecisionVerdict.Faster), (decision.Recommended, decision.RunnerUp, decision.Verdict));
        Assert.Equal(1 / 0.85, decision.Ratio!.Value, 12);
        Assert.Equal(1 / 0.90, decision.Lower, 12);
        Assert.Equal(1 / 0.80, decision.Upper, 12);
    }
}
