
namespace Lab.Plotter.Tests.Statistics;

public class ExactNullDistributionTests
{
    /// <summary>
    /// Two-tailed critical values of the Mann-Whitney U (reject when U &lt;= the value), from the
    /// published tables (e.g. Zar, Biostatistical Analysis, table B.11; Siegel and Castellan, table J).
    /// </summary>
    [Theory]
    [InlineData(5, 5, 0.05, 2)]
    [InlineData(6, 6, 0.05, 5)]
    [InlineData(7, 7, 0.05, 8)]
    [InlineData(8, 8, 0.05, 13)]
    [InlineData(9, 9, 0.05, 17)]
    [InlineData(10, 10, 0.05, 23)]
    [InlineData(20, 20, 0.05, 127)]
    [InlineData(5, 10, 0.05, 8)]
    [InlineData(5, 5, 0.01, 0)]
    [InlineData(6, 6, 0.01, 2)]
    [InlineData(7, 7, 0.01, 4)]
    [InlineData(8, 8, 0.01, 7)]
    [InlineData(9, 9, 0.01, 11)]
    [InlineData(10, 10, 0.01, 16)]
    [InlineData(20, 20, 0.01, 105)]
    public void Mann_Whitney_critical_values_match_the_published_table(int m, int n, double alpha, int critical)
        => Assert.Equal(critical, ExactNullDistribution.MannWhitney(m, n).CriticalIndex(alpha) - 1);

    /// <summary>Two-tailed critical values of the Wilcoxon signed-rank T (reject when T &lt;= the value), published tables.</summary>
    [Theory]
    [InlineData(6, 0.05, 0)]
    [InlineData(7, 0.05, 2)]
    [InlineData(8, 0.05, 3)]
    [InlineData(9, 0.05, 5)]
    [InlineData(10, 0.05, 8)]
    [InlineData(15, 0.05, 25)]
    [InlineData(20, 0.05, 52)]
    [InlineData(8, 0.01, 0)]
    [InlineData(9, 0.01, 1)]
    [InlineData(10, 0.01, 3)]
    [InlineData(15, 0.01, 15)]
    [InlineData(20, 0.01, 37)]
    public void Signed_rank_critical_values_match_the_published_table(int n, double alpha, int critical)
        => Assert.Equal(critical, ExactNullDistribution.SignedRank(n).CriticalIndex(alpha) - 1);

    [Fact]
    public void Sizes_that_cannot_reach_a_level_have_no_critical_index()
    {
        Assert.Equal(0, ExactNullDistribution.MannWhitney(4, 4).CriticalIndex(0.01)); // 2/70 > 0.01
        Assert.Equal(0, ExactNullDistribution.SignedRank(5).CriticalIndex(0.05)); // 2/32 > 0.05
        Assert.Equal(1, ExactNullDistribution.MannWhitney(5, 5).CriticalIndex(0.01)); // 2/252 <= 0.01
    }

    [Fact]
    public void Small_distributions_are_the_enumerated_ones()
    {
        // 2 vs 2: the 6 arrangements give U = 0, 1, 2, 2, 3, 4.
        var u = ExactNullDistribution.MannWhitney(2, 2);
        Assert.Equal(4, u.Count);
        Assert.Equal([1 / 6.0, 2 / 6.0, 4 / 6.0, 5 / 6.0, 1], Enumerable.Range(0, 5).Select(u.AtMost), new Tolerance());
        // 3 pairs: subset sums of {1, 2, 3} are 0, 1, 2, 3, 3, 4, 5, 6.
        var w = ExactNullDistribution.SignedRank(3);
        Assert.Equal(6, w.Count);
        Assert.Equal([1 / 8.0, 2 / 8.0, 3 / 8.0, 5 / 8.0, 6 / 8.0, 7 / 8.0, 1], Enumerable.Range(0, 7).Select(w.AtMost), new Tolerance());
        Assert.Equal(2 / 924.0, ExactNullDistribution.MannWhitney(6, 6).SmallestPValue, 15);
    }

    [Fact]
    public void Sides_are_interchangeable()
        => Assert.Same(ExactNullDistribution.MannWhitney(3, 7), ExactNullDistribution.MannWhitney(7, 3));

    private sealed class Tolerance : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
