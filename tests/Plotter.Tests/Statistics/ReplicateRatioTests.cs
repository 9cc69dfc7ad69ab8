namespace Lab.Plotter.Tests.Statistics;

public sealed class ReplicateRatioTests
{
    [Fact]
    public void Three_replicates_give_min_to_max_at_75_percent()
    {
        var ratio = ReplicateRatio.Of([1.3, 1.1, 1.2]);
        Assert.Equal(1.2, ratio.Median);
        Assert.Equal(1.1, ratio.Lower);
        Assert.Equal(1.3, ratio.Upper);
        Assert.Equal(0.75, ratio.Coverage, 12);
        Assert.True(ratio.ReachesConfidence);
        Assert.True(ratio.ExcludesOne);
    }

    [Theory]
    [InlineData(3, 1, 0.75)]
    [InlineData(5, 1, 0.9375)]
    [InlineData(6, 1, 0.96875)]
    [InlineData(9, 2, 0.9609375)]
    [InlineData(9, 3, 0.8203125)]
    [InlineData(3, 2, 0)]
    public void Coverage_is_the_sign_tests_exact_figure(int n, int k, double coverage)
        => Assert.Equal(coverage, ReplicateRatio.CoverageOf(n, k), 12);

    [Fact]
    public void More_replicates_narrow_the_interval_to_the_largest_k_reaching_the_confidence()
    {
        var ratio = ReplicateRatio.Of([0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 5.0], confidence: 0.9);
        Assert.Equal(1.0, ratio.Lower);
        Assert.Equal(1.6, ratio.Upper);
        Assert.Equal(0.9609375, ratio.Coverage, 12);
    }

    [Fact]
    public void Two_replicates_cannot_reach_75_percent_and_are_never_confident()
    {
        var ratio = ReplicateRatio.Of([1.5, 1.6]);
        Assert.Equal(0.5, ratio.Coverage, 12);
        Assert.False(ratio.ReachesConfidence);
        Assert.False(ratio.ExcludesOne);
    }

    [Fact]
    public void An_interval_straddling_1_does_not_exclude_it()
        => Assert.False(ReplicateRatio.Of([0.95, 1.2, 1.3]).ExcludesOne);

    [Fact]
    public void The_margin_is_symmetric_on_the_log_scale()
    {
        Assert.True(ReplicateRatio.Of([1 / 1.1, 1.0, 1.1]).WithinMargin(0.10));
        Assert.False(ReplicateRatio.Of([0.9, 1.0, 1.05]).WithinMargin(0.10));
    }

    [Fact]
    public void The_inverse_inverts_every_ratio_and_the_interval()
    {
        var inverse = ReplicateRatio.Of([2.0, 4.0, 5.0]).Inverse();
        Assert.Equal([0.2, 0.25, 0.5], inverse.Ratios);
        Assert.Equal(0.25, inverse.Median);
        Assert.Equal(0.2, inverse.Lower);
        Assert.Equal(0.5, inverse.Upper);
        Assert.Equal(0.75, inverse.Coverage, 12);
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 1.0, 0.0 })]
    [InlineData(new[] { 1.0, double.NaN })]
    public void Bad_ratios_are_refused(double[] ratios)
        => Assert.Throws<ArgumentException>(() => ReplicateRatio.Of(ratios));
}
