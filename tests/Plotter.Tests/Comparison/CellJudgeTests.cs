using Lab.Plotter.Comparison;
using Perfolizer.Horology;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;
using static Lab.Plotter.Tests.Comparison.SyntheticSamples;

namespace Lab.Plotter.Tests.Comparison;

public class CellJudgeTests
{
    private const int enough = 30;
    private const double sigma = 0.02;

    private static readonly CellJudge judge = new(JudgeSettings.Default);

    [Fact]
    public void Identical_distributions_are_Same()
    {
        var result = judge.Judge("c", AsLaunches(LogNormal(1, enough, 100, sigma)), AsLaunches(LogNormal(2, enough, 100, sigma)));

        Assert.Equal(Verdict.Same, result.Verdict);
        Assert.InRange(result.RatioLower, 0.9, 1.0);
        Assert.InRange(result.RatioUpper, 1.0, 1.1);
        Assert.Equal("", result.Note);
    }

    [Fact]
    public void Ten_percent_slower_with_enough_samples_is_Slower()
    {
        var result = judge.Judge("c", AsLaunches(LogNormal(3, enough, 100, sigma)), AsLaunches(LogNormal(4, enough, 110, sigma)));

        Assert.Equal(Verdict.Slower, result.Verdict);
        Assert.InRange(result.Ratio, 1.07, 1.13);
        Assert.InRange(1.10, result.RatioLower, result.RatioUpper);
    }

    [Fact]
    public void Ten_percent_faster_with_enough_samples_is_Faster()
    {
        var result = judge.Judge("c", AsLaunches(LogNormal(5, enough, 110, sigma)), AsLaunches(LogNormal(6, enough, 100, sigma)));

        Assert.Equal(Verdict.Faster, result.Verdict);
        Assert.True(result.RatioUpper < 1, $"upper bound {result.RatioUpper}");
    }

    [Fact]
    public void A_shift_under_the_threshold_is_Same()
    {
        var result = judge.Judge("c", AsLaunches(LogNormal(7, enough, 100, sigma)), AsLaunches(LogNormal(8, enough, 102, sigma)));

        Assert.Equal(Verdict.Same, result.Verdict);
    }

    [Fact]
    public void A_relative_change_under_the_noise_floor_is_Same()
    {
        // 10% of 2 ns is 0.2 ns, under the 0.5 ns floor: relative test alone would say Slower.
        var result = judge.Judge("c", AsLaunches(LogNormal(9, enough, 2.0, sigma)), AsLaunches(LogNormal(10, enough, 2.2, sigma)));
        var withoutFloor = new CellJudge(JudgeSettings.Default with { NoiseNs = 0 })
            .Judge("c", AsLaunches(LogNormal(9, enough, 2.0, sigma)), AsLaunches(LogNormal(10, enough, 2.2, sigma)));

        Assert.Equal(Verdict.Same, result.Verdict);
        Assert.Equal(Verdict.Slower, withoutFloor.Verdict);
    }

    [Fact]
    public void A_bimodal_sample_is_Noisy()
    {
        var result = judge.Judge("c", AsLaunches(LogNormal(11, 40, 100, sigma)), AsLaunches(Bimodal(12, 40, 100, 130, sigma)));

        Assert.Equal(Verdict.Noisy, result.Verdict);
        Assert.Contains("diff: launches multimodal", result.Note, StringComparison.Ordinal);
        Assert.True(result.Diff.Modes > 1);
    }

    [Fact]
    public void Too_few_launches_are_Noisy()
    {
        var result = judge.Judge("c", AsLaunches(LogNormal(13, 4, 100, sigma)), AsLaunches(LogNormal(14, enough, 150, sigma)));

        Assert.Equal(Verdict.Noisy, result.Verdict);
        Assert.Contains("base: too few launches (4 < 5)", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Widely_spread_launches_are_Noisy()
    {
        var result = judge.Judge("c", AsLaunches(LogNormal(15, enough, 100, 0.6)), AsLaunches(LogNormal(16, enough, 100, sigma)));

        Assert.Equal(Verdict.Noisy, result.Verdict);
        Assert.Contains("base: launches too spread", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_that_dwarfs_the_noise_is_judged_even_in_a_spread_sample()
    {
        var slower = judge.Judge("c", AsLaunches(LogNormal(17, enough, 100, 0.6)), AsLaunches(LogNormal(18, enough, 10_000, 0.6)));
        var faster = judge.Judge("c", AsLaunches(LogNormal(19, enough, 10_000, 0.6)), AsLaunches(LogNormal(20, enough, 100, 0.6)));

        Assert.Equal(Verdict.Slower, slower.Verdict);
        Assert.Contains("judged anyway", slower.Note, StringComparison.Ordinal);
        Assert.Equal(Verdict.Faster, faster.Verdict);
    }

    [Fact]
    public void A_change_within_the_noise_of_a_spread_sample_stays_Noisy()
    {
        var result = judge.Judge("c", AsLaunches(LogNormal(21, enough, 100, 0.6)), AsLaunches(LogNormal(22, enough, 130, 0.6)));

        Assert.Equal(Verdict.Noisy, result.Verdict);
    }

    [Fact]
    public void Identical_constant_samples_are_Same_with_ratio_one()
    {
        var values = Enumerable.Repeat(42.0, 10).ToArray();

        var result = judge.Judge("c", AsLaunches(values), AsLaunches(values));

        Assert.Equal(Verdict.Same, result.Verdict);
        Assert.Equal(1.0, result.Ratio, 12);
        Assert.Equal(1.0, result.RatioLower, 12);
        Assert.Equal(1.0, result.RatioUpper, 12);
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
        var result = judge.Judge("c", @base, diff);

        Assert.Equal(Perfolizer.Mathematics.Common.ComparisonResult.Greater, pooled); // what a pooled-iteration test would report
        Assert.NotEqual(Verdict.Slower, result.Verdict);
        Assert.Equal((6, 60), (result.Diff.Launches, result.Diff.Iterations));
    }

    [Fact]
    public void A_change_in_every_launch_is_found_through_the_launch_medians()
    {
        var @base = Launches(25, [100, 104, 97, 101, 99, 103], 10, 0.03);
        var diff = Launches(26, [125, 131, 122, 128, 126, 129], 10, 0.03);

        var result = judge.Judge("c", @base, diff);

        Assert.Equal(Verdict.Slower, result.Verdict);
        Assert.InRange(result.Ratio, 1.2, 1.32);
    }
}
