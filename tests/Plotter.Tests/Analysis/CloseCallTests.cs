using System.Globalization;
using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Analysis;

/// <summary>
/// The report side of close calls: close-calls.csv read with the run, each call judged by the ties' judge over its
/// processes (a winner, or a tie), the cell's winner and ties following it, and REPORT.md's count and per-cell lines.
/// </summary>
public sealed class CloseCallTests : IDisposable
{
    private readonly FixtureFolder fixture = new();

    public void Dispose() => fixture.Dispose();

    /// <summary>The fixture's first matrix cell whose runner-up is within the noise bound (a close call by the rule).</summary>
    private CellVerdict CloseCell()
        => WinnerJudge.Judge(new MatrixView(BenchmarkResults.Load(fixture.Path)))
            .First(verdict => verdict.RunnerUp is not null && Math.Log(verdict.RunnerUp.NsPerOp / verdict.Leader.NsPerOp) < CloseCallRow.NoiseLogRatio);

    private static string Template(CellVerdict verdict) => verdict.Leader.Cell.WithMap(CellId.MapPlaceholder).ToString();

    /// <summary>Writes 12 measured processes at <paramref name="log"/> (a deterministic ±0.4% spread) for the cell.</summary>
    private void WriteMeasured(CellVerdict verdict, double log)
        => CloseCallRow.Write(fixture.File(ResultFiles.CloseCalls), Enumerable.Range(1, 12).Select(process => new CloseCallRow
        {
            Cell = Template(verdict),
            Leader = verdict.Leader.Cell.Map,
            RunnerUp = verdict.RunnerUp!.Cell.Map,
            LaunchRatio = verdict.RunnerUp.NsPerOp / verdict.Leader.NsPerOp,
            Status = CloseCallRow.Measured,
            Process = process,
            LoadOrder = process % 2 == 0 ? "b-first" : "a-first",
            Pairs = 30,
            Settled = true,
            MedianLogRatio = log + ((process - 6.5) * 0.0007),
        }));

    private (CellVerdict Verdict, string Report) Judge(CellVerdict close)
    {
        var matrix = new MatrixView(BenchmarkResults.Load(fixture.Path));
        var verdicts = WinnerJudge.Judge(matrix);
        return (verdicts.Single(v => v.Leader.Cell == close.Leader.Cell), ReportWriter.Build(matrix, verdicts, [], [], []));
    }

    [Fact]
    public void A_paired_comparison_that_confirms_the_leader_decides_the_call_and_drops_the_tie()
    {
        var close = CloseCell();
        WriteMeasured(close, log: 0.10);
        var (verdict, report) = Judge(close);

        Assert.Equal(close.Leader.Cell.Map, verdict.Winner);
        Assert.True(verdict.CloseCall!.Decided);
        Assert.DoesNotContain(close.RunnerUp!.Cell.Map, verdict.TiedWith);
        Assert.DoesNotContain(close.RunnerUp.Cell.Map, verdict.Undecided);
        Assert.Contains("**1 close call: 1 decided by paired comparison, 0 stay ties.**", report, StringComparison.Ordinal);
        Assert.Contains($"| `{Template(close)}` | {close.Leader.Cell.Map} | {close.RunnerUp.Cell.Map} |", report, StringComparison.Ordinal);
        Assert.Contains($"**{close.Leader.Cell.Map}** wins |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paired_comparison_the_runner_up_wins_makes_it_the_recommended_map()
    {
        var close = CloseCell();
        WriteMeasured(close, log: -0.10);
        var (verdict, report) = Judge(close);

        Assert.Equal(close.RunnerUp!.Cell.Map, verdict.Winner);
        Assert.Equal(Verdict.Faster, verdict.CloseCall!.Comparison!.Verdict);
        // The winners row speaks of the winner: its own ns/op, the launch leader as runner-up, the paired margin (e^0.10 - 1).
        var row = $"| **{close.RunnerUp.Cell.Map}** (paired; launch leader {close.Leader.Cell.Map}) | {Figures.Number(close.RunnerUp.NsPerOp)} | +{Figures.Percent((1 / verdict.CloseCall.Comparison.Ratio) - 1)} (paired) | {close.Leader.Cell.Map} |";
        Assert.Contains(row, report, StringComparison.Ordinal);
        Assert.InRange((1 / verdict.CloseCall.Comparison.Ratio) - 1, 0.09, 0.12);
    }

    [Fact]
    public void A_paired_ratio_beyond_twice_the_launch_spread_disagrees_and_leaves_the_launch_verdict()
    {
        var close = CloseCell();
        var launchOnly = WinnerJudge.Judge(new MatrixView(BenchmarkResults.Load(fixture.Path))).Single(v => v.Leader.Cell == close.Leader.Cell);
        WriteMeasured(close, log: -1.44); // the runner-up 4x faster in process, within 15% behind in the launch
        var (verdict, report) = Judge(close);

        Assert.True(verdict.CloseCall!.Disagrees);
        Assert.False(verdict.CloseCall.Decided);
        Assert.Equal(close.Leader.Cell.Map, verdict.Winner);
        Assert.Equal(launchOnly.TiedWith, verdict.TiedWith);
        Assert.Equal(launchOnly.Undecided, verdict.Undecided);
        Assert.Equal(close.Leader.Cell.Map, Decision.Of(verdict).Recommended);
        Assert.Contains($"**1 close call: 0 decided by paired comparison, 1 stay ties (1 whose paired ratio disagrees with the launch's by more than {Figures.Ratio(CloseCallDecision.DisagreementFactor)}).**", report, StringComparison.Ordinal);
        Assert.Contains("disagrees with the launch's by more than 1.32×) |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Equivalent_maps_stay_a_tie_with_the_runner_up_among_the_ties()
    {
        var close = CloseCell();
        WriteMeasured(close, log: 0.0);
        var (verdict, report) = Judge(close);

        Assert.Equal(close.Leader.Cell.Map, verdict.Winner);
        Assert.False(verdict.CloseCall!.Decided);
        Assert.Contains(close.RunnerUp!.Cell.Map, verdict.TiedWith);
        Assert.Contains("**1 close call: 0 decided by paired comparison, 1 stay ties.**", report, StringComparison.Ordinal);
        Assert.Contains("stays a tie (equivalent within ±5%)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_over_the_cap_stays_a_tie_and_is_counted_as_not_measured()
    {
        var close = CloseCell();
        CloseCallRow.Write(fixture.File(ResultFiles.CloseCalls), [new CloseCallRow { Cell = Template(close), Leader = close.Leader.Cell.Map, RunnerUp = close.RunnerUp!.Cell.Map, LaunchRatio = 1.01, Status = CloseCallRow.OverCap }]);
        var (verdict, report) = Judge(close);

        Assert.Null(verdict.CloseCall!.Comparison);
        Assert.Equal(close.TiedWith, verdict.TiedWith);
        Assert.Contains("**1 close call: 0 decided by paired comparison, 1 stay ties (1 of them not measured).**", report, StringComparison.Ordinal);
        Assert.Contains("stays a tie (not measured: over the run's cap)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_without_close_calls_csv_says_they_were_not_measured_and_one_with_an_empty_file_counts_none()
    {
        var close = CloseCell();
        Assert.Contains("Close calls were not measured in this run", Judge(close).Report, StringComparison.Ordinal);

        CloseCallRow.Write(fixture.File(ResultFiles.CloseCalls), []);
        Assert.Contains("**0 close calls: 0 decided by paired comparison, 0 stay ties.**", Judge(close).Report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_judge_is_one_holm_family_over_the_measured_calls()
    {
        // Two calls at the same small shift: alone each is decided; the family's first Holm level is twice as strict.
        static IEnumerable<CloseCallRow> Call(string mix, int processes, double log) => Enumerable.Range(1, processes).Select(p => new CloseCallRow
        {
            Cell = $"matrix/{{map}}/{mix}/1000/2/uniform",
            Leader = "cow",
            RunnerUp = "concurrent",
            LaunchRatio = 1.05,
            Process = p,
            MedianLogRatio = log + (p * 0.0001),
            LoadOrder = "a-first",
            Pairs = 30,
            Settled = true,
        });
        var one = CloseCallJudge.Judge([.. Call("read100", 12, 0.1)]);
        var two = CloseCallJudge.Judge([.. Call("read100", 12, 0.1), .. Call("read90", 12, 0.1)]);

        Assert.True(one[0].Comparison!.Confidence < two[0].Comparison!.Confidence);
        Assert.All(two, call => Assert.Equal("cow", call.Winner));
        Assert.Equal(12, two[1].Processes);
        Assert.Equal("1.05", two[1].LaunchRatio.ToString(CultureInfo.InvariantCulture));
    }
}
