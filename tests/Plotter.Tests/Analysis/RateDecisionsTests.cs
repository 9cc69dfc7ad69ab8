using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Analysis;

public sealed class RateDecisionsTests
{
    private static RateDecision Throughput(IReadOnlyList<LatencyRow> rows, string a, string b)
        => RateDecisions.Decide(rows).Single(decision => decision.Metric == RateMetric.ReaderThroughput && decision.MapA == a && decision.MapB == b);

    [Fact]
    public void Every_replicate_ahead_is_a_confident_decision()
    {
        var rows = SyntheticRateRun.Rows(new Dictionary<string, double[]> { ["cow"] = [15e6, 14e6, 16e6], ["concurrent"] = [10e6, 10e6, 10e6] });
        var decision = Throughput(rows, "cow", "concurrent");
        Assert.Equal(RateVerdict.AFaster, decision.Verdict);
        Assert.True(decision.Confident);
        Assert.Equal(1.5, decision.Advantage.Median, 12);
        Assert.Equal(3, decision.Replicates);
        Assert.Equal(true, decision.WriterRateMet);
    }

    [Fact]
    public void Ratios_inside_the_margin_are_a_tie_even_when_they_exclude_1()
    {
        var rows = SyntheticRateRun.Rows(new Dictionary<string, double[]> { ["cow"] = [10.2e6, 10.5e6, 10.8e6], ["concurrent"] = [10e6, 10e6, 10e6] });
        var decision = Throughput(rows, "cow", "concurrent");
        Assert.Equal(RateVerdict.Tie, decision.Verdict);
        Assert.False(decision.Confident);
    }

    [Fact]
    public void One_replicate_states_no_tie_however_close_the_two_maps_are()
    {
        var rows = SyntheticRateRun.Rows(new Dictionary<string, double[]> { ["cow"] = [10.1e6], ["concurrent"] = [10e6] });
        var decision = Throughput(rows, "cow", "concurrent");
        Assert.Equal(RateVerdict.Undecided, decision.Verdict);
        Assert.False(decision.Advantage.ReachesConfidence);
    }

    [Fact]
    public void Replicates_on_both_sides_of_1_are_undecided()
    {
        var rows = SyntheticRateRun.Rows(new Dictionary<string, double[]> { ["cow"] = [13e6, 8e6, 15e6], ["concurrent"] = [10e6, 10e6, 10e6] });
        Assert.Equal(RateVerdict.Undecided, Throughput(rows, "cow", "concurrent").Verdict);
    }

    [Fact]
    public void A_lower_p999_favours_its_map()
    {
        LatencyRow[] rows = [.. Enumerable.Range(1, 3).SelectMany(r => new[] { SyntheticRateRun.Row("cow", r, 10e6, p999: 500), SyntheticRateRun.Row("concurrent", r, 10e6, p999: 2_000) })];
        var decision = RateDecisions.Decide(rows).Single(decision => decision.Metric == RateMetric.ReaderP999);
        Assert.Equal(("cow", "concurrent"), (decision.MapA, decision.MapB));
        Assert.Equal(RateVerdict.AFaster, decision.Verdict);
        Assert.Equal(4, decision.Advantage.Median, 12);
    }

    [Fact]
    public void Replicates_pair_by_number_and_noop_is_left_out()
    {
        var rows = SyntheticRateRun.Rows(new Dictionary<string, double[]> { ["cow"] = [15e6, 15e6, 15e6], ["concurrent"] = [10e6, 10e6], ["noop"] = [50e6, 50e6, 50e6] });
        var decision = Assert.Single(RateDecisions.Decide(rows), decision => decision.Metric == RateMetric.ReaderThroughput);
        Assert.Equal(2, decision.Replicates);
        Assert.Equal(RateVerdict.Undecided, decision.Verdict);
    }

    [Fact]
    public void The_flipped_decision_mirrors_the_verdict()
    {
        var rows = SyntheticRateRun.Rows(new Dictionary<string, double[]> { ["cow"] = [15e6, 14e6, 16e6], ["concurrent"] = [10e6, 10e6, 10e6] });
        var flipped = Throughput(rows, "cow", "concurrent").Flip();
        Assert.Equal(("concurrent", "cow", RateVerdict.BFaster), (flipped.MapA, flipped.MapB, flipped.Verdict));
        Assert.Equal(Throughput(rows, "cow", "concurrent").Key, flipped.Key);
    }

    [Fact]
    public void The_winner_is_the_fastest_map_whose_writer_kept_its_rate_with_its_ties()
    {
        List<LatencyRow> rows =
        [
            .. SyntheticRateRun.Rows(new Dictionary<string, double[]> { ["cow"] = [15e6, 14e6, 15.5e6], ["rwlock"] = [14.5e6, 14.5e6, 14.5e6], ["concurrent"] = [10e6, 10e6, 10e6] }),
            .. Enumerable.Range(1, 3).Select(r => SyntheticRateRun.Row("hamt", r, 30e6, rateMet: r != 2)),
        ];
        var result = Assert.Single(RateDecisions.Winners(rows));
        Assert.Equal("cow", result.Winner);
        Assert.Equal("rwlock", result.RunnerUp);
        Assert.Equal(RateVerdict.Tie, result.Margin!.Verdict);
        Assert.Equal(["rwlock"], result.TiedWithWinner);
        Assert.Equal(["hamt"], result.RateNotMet);
        Assert.False(result.Clear);
        Assert.Equal(RateVerdict.AFaster, result.Against.Single(decision => decision.MapB == "concurrent").Verdict);
    }
}
