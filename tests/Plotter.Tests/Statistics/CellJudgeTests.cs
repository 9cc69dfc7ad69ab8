using Perfolizer.Horology;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;
using static Lab.Plotter.Tests.Support.SyntheticSamples;

namespace Lab.Plotter.Tests.Statistics;

public class CellJudgeTests
{
    private const int enough = 30;
    private const double sigma = 0.02;

    [Fact]
    public void Identical_distributions_are_Same()
    {
        var result = Judge(AsLaunches(LogNormal(1, enough, 100, sigma)), AsLaunches(LogNormal(2, enough, 100, sigma)));

        Assert.Equal(Verdict.Same, result.Verdict);
        Assert.InRange(result.RatioLower, 0.95, 1.0);
        Assert.InRange(result.RatioUpper, 1.0, 1.05);
        Assert.Equal(0.99, result.Confidence, 12);
        Assert.Equal("", result.Note);
    }

    [Fact]
    public void Ten_percent_slower_with_enough_samples_is_Slower_with_the_interval_above_1()
    {
        var result = Judge(AsLaunches(LogNormal(3, enough, 100, sigma)), AsLaunches(LogNormal(4, enough, 110, sigma)));

        Assert.Equal(Verdict.Slower, result.Verdict);
        Assert.InRange(result.Ratio, 1.07, 1.13);
        Assert.True(result.RatioLower > 1, $"lower bound {result.RatioLower}");
        Assert.InRange(result.Width, 0.001, 0.03);
    }

    [Fact]
    public void Ten_percent_faster_with_enough_samples_is_Faster_with_the_interval_below_1()
    {
        var result = Judge(AsLaunches(LogNormal(5, enough, 110, sigma)), AsLaunches(LogNormal(6, enough, 100, sigma)));

        Assert.Equal(Verdict.Faster, result.Verdict);
        Assert.True(result.RatioUpper < 1, $"upper bound {result.RatioUpper}");
    }

    [Fact]
    public void A_shift_under_the_threshold_is_Same()
    {
        var result = Judge(AsLaunches(LogNormal(7, enough, 100, sigma)), AsLaunches(LogNormal(8, enough, 102, sigma)));

        Assert.Equal(Verdict.Same, result.Verdict);
    }

    [Fact]
    public void A_relative_change_under_the_noise_floor_is_not_reported()
    {
        // 10% of 2 ns is 0.2 ns, under the 0.5 ns floor: the cell's threshold becomes 0.5 / 2 = 25%.
        var result = Judge(AsLaunches(LogNormal(9, enough, 2.0, sigma)), AsLaunches(LogNormal(10, enough, 2.2, sigma)));
        var withoutFloor = Judge(AsLaunches(LogNormal(9, enough, 2.0, sigma)), AsLaunches(LogNormal(10, enough, 2.2, sigma)), JudgeSettings.Default with { NoiseNs = 0 });

        Assert.Equal(Verdict.Same, result.Verdict);
        Assert.Equal(0.25, result.Threshold, 2);
        Assert.Equal(Verdict.Slower, withoutFloor.Verdict);
    }

    [Fact]
    public void A_change_the_noise_hides_is_Inconclusive()
    {
        var result = Judge(AsLaunches(LogNormal(11, 6, 100, 0.3)), AsLaunches(LogNormal(12, 6, 110, 0.3)));

        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.True(result.RatioLower < 1 && result.RatioUpper > 1.05, $"[{result.RatioLower}, {result.RatioUpper}]");
        Assert.True(result.Width > 0.1, $"width {result.Width}");
    }

    [Fact]
    public void Too_few_launches_are_Inconclusive_without_an_interval()
    {
        var result = Judge(AsLaunches(LogNormal(13, 4, 100, sigma)), AsLaunches(LogNormal(14, enough, 150, sigma)));

        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.Contains("base: too few launches (4 < 5)", result.Note, StringComparison.Ordinal);
        Assert.True(double.IsPositiveInfinity(result.Width));
        Assert.InRange(result.Ratio, 1.4, 1.6); // the estimate is still shown
    }

    [Fact]
    public void Sizes_that_cannot_reach_the_level_are_Inconclusive_with_a_note()
    {
        // 5 vs 5 launches: the smallest p is 2/252 = 0.0079, above a level of 0.005.
        var judge = new CellJudge(JudgeSettings.Default);
        var evidence = judge.Gather("c", AsLaunches(LogNormal(15, 5, 100, sigma)), AsLaunches(LogNormal(16, 5, 200, sigma)), 0, 0.005);

        var result = CellJudge.Judge(evidence, 0.005);

        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.Contains("5 vs 5 launches (launches) cannot reach level 0.005 (smallest p 0.0079): add launches", result.Note, StringComparison.Ordinal);
        Assert.Equal(Verdict.Slower, CellJudge.Judge(evidence, 0.01).Verdict);
    }

    [Fact]
    public void A_change_that_dwarfs_the_noise_is_Slower_in_a_spread_sample_without_a_special_rule()
    {
        var slower = Judge(AsLaunches(LogNormal(17, enough, 100, 0.6)), AsLaunches(LogNormal(18, enough, 10_000, 0.6)));
        var faster = Judge(AsLaunches(LogNormal(19, enough, 10_000, 0.6)), AsLaunches(LogNormal(20, enough, 100, 0.6)));

        Assert.Equal(Verdict.Slower, slower.Verdict);
        Assert.Equal("", slower.Note);
        Assert.Equal(Verdict.Faster, faster.Verdict);
    }

    [Fact]
    public void Identical_constant_samples_are_Same_with_ratio_one()
    {
        var values = Enumerable.Repeat(42.0, 10).ToArray();

        var result = Judge(AsLaunches(values), AsLaunches(values));

        Assert.Equal(Verdict.Same, result.Verdict);
        Assert.Equal(1.0, result.Ratio, 12);
        Assert.Equal(1.0, result.RatioLower, 12);
        Assert.Equal(1.0, result.RatioUpper, 12);
    }

    [Fact]
    public void The_99_percent_interval_at_6_vs_6_is_the_third_pairwise_difference_not_the_extreme()
    {
        // Logs 0..5 against 10.0..10.5: pairwise differences 5.0, 5.1, 5.2, ... 10.3, 10.4, 10.5.
        double[] baseLogs = [0, 1, 2, 3, 4, 5];
        double[] diffLogs = [10.0, 10.1, 10.2, 10.3, 10.4, 10.5];

        var interval = ShiftInterval.Independent(baseLogs, diffLogs).Interval(0.01);

        Assert.NotNull(interval);
        Assert.Equal(5.2, interval.Value.Lower, 12);
        Assert.Equal(10.3, interval.Value.Upper, 12);
    }

    [Fact]
    public void Verdict_interval_and_p_value_agree_by_construction()
    {
        var judge = new CellJudge(JudgeSettings.Default);
        for (var seed = 0; seed < 200; seed++)
        {
            var launches = 5 + (seed % 8);
            var change = 0.9 + (seed % 21 * 0.01);
            var evidence = judge.Gather("c", AsLaunches(LogNormal(1000 + seed, launches, 100, 0.05)), AsLaunches(LogNormal(5000 + seed, launches, 100 * change, 0.05)), 0, 0.01);
            foreach (var level in new[] { 0.05, 0.01, 0.002 })
            {
                var result = CellJudge.Judge(evidence, level);
                var excludesOne = result.RatioLower > 1 || result.RatioUpper < 1;
                Assert.Equal(evidence.PValue <= level, excludesOne);
                switch (result.Verdict)
                {
                    case Verdict.Slower: Assert.True(result.RatioLower > 1 && result.Ratio > 1.05); break;
                    case Verdict.Faster: Assert.True(result.RatioUpper < 1 && result.Ratio < 0.95); break;
                    case Verdict.Same: Assert.True(result.SameLower >= 0.95 && result.SameUpper <= 1.05); break; // the equivalence interval decides Same
                    default: Assert.False(result.SameLower >= 0.95 && result.SameUpper <= 1.05); break;
                }
            }
        }
    }

    [Fact]
    public void Launch_to_launch_differences_are_not_mistaken_for_a_change()
    {
        // Identical code, six launches a side, each launch at its own level (layout, neighbours),
        // iterations tight around it: four of diff's launches happened to land slow.
        var @base = Launches(23, [95, 98, 100, 102, 105, 100], 10, 0.01);
        var diff = Launches(24, [118, 96, 120, 99, 119, 117], 10, 0.01);
        var pooledBase = new Sample([.. @base.Launches.SelectMany(l => l)], TimeUnit.Nanosecond);
        var pooledDiff = new Sample([.. diff.Launches.SelectMany(l => l)], TimeUnit.Nanosecond);

        var pooled = new SimpleEquivalenceTest(MannWhitneyTest.Instance).Perform(pooledDiff, pooledBase, Threshold.Parse("5%"), 0.01);
        var result = Judge(@base, diff);

        Assert.Equal(Perfolizer.Mathematics.Common.ComparisonResult.Greater, pooled); // what a pooled-iteration test would report
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.Equal((6, 60), (result.Diff.Launches, result.Diff.Iterations));
    }

    [Fact]
    public void A_change_in_every_launch_is_found_through_the_launch_medians()
    {
        var @base = Launches(25, [100, 104, 97, 101, 99, 103], 10, 0.03);
        var diff = Launches(26, [125, 131, 122, 128, 126, 129], 10, 0.03);

        var result = Judge(@base, diff);

        Assert.Equal(Verdict.Slower, result.Verdict);
        Assert.InRange(result.Ratio, 1.2, 1.32);
    }

    [Theory]
    [InlineData(1.10, 1.02, 1.2, "Slower")]
    [InlineData(1.03, 1.01, 1.05, "Same")]
    [InlineData(1.03, 1.01, 1.08, "Inconclusive")] // changed, but maybe beyond the threshold
    [InlineData(1.10, 0.98, 1.2, "Inconclusive")] // large estimate, interval includes 1
    [InlineData(0.90, 0.85, 0.99, "Faster")]
    [InlineData(0.97, 0.96, 0.99, "Same")]
    [InlineData(1.00, 0.90, 1.10, "Inconclusive")]
    public void Decide_reads_the_verdict_from_the_interval(double ratio, double lower, double upper, string expected)
        => Assert.Equal(expected, CellJudge.Decide(ratio, lower, upper, 0.05).ToString());

    [Theory]
    [InlineData(1.03, 1.01, 1.05, "Slower")] // proven and beyond the 2% threshold, though inside the 5% margin
    [InlineData(1.015, 1.005, 1.03, "Same")] // proven but under the threshold, and bounded by the margin
    [InlineData(1.00, 0.96, 1.04, "Same")]
    [InlineData(1.00, 0.93, 1.07, "Inconclusive")] // a 6% change is not ruled out
    [InlineData(0.97, 0.95, 0.99, "Faster")]
    public void A_margin_separates_what_is_called_same_from_what_alarms(double ratio, double lower, double upper, string expected)
        => Assert.Equal(expected, CellJudge.Decide(ratio, lower, upper, threshold: 0.02, margin: 0.05).ToString());

    [Fact]
    public void In_process_comparisons_default_to_a_2_percent_threshold_and_a_5_percent_margin()
    {
        var paired = CompareArguments.Parse(["--paired", "p.csv"]).Settings;
        var launches = CompareArguments.Parse(["--base", "a", "--diff", "b"]).Settings;
        var told = CompareArguments.Parse(["--paired", "p.csv", "--threshold", "3%", "--margin", "10%"]).Settings;

        Assert.Equal((0.02, 0.05), (paired.RelativeThreshold, paired.SameMargin));
        Assert.Equal((0.05, 0.05), (launches.RelativeThreshold, launches.SameMargin));
        Assert.Equal((0.03, 0.10), (told.RelativeThreshold, told.SameMargin));
    }

    /// <summary>One cell judged as a family of one: its level is alpha.</summary>
    private static CellComparison Judge(CellSamples @base, CellSamples diff, JudgeSettings? settings = null)
    {
        var s = settings ?? JudgeSettings.Default;
        return CellJudge.Judge(new CellJudge(s).Gather("c", @base, diff, 0, s.Alpha), s.Alpha);
    }
}
