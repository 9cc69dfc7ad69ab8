using System.Collections.Concurrent;

namespace Lab.Plotter.Statistics;

/// <summary>
/// The exact null distribution of a rank count S on 0..<see cref="Count"/>: the Mann-Whitney U of an
/// m vs n comparison (<see cref="MannWhitney"/>) or the Wilcoxon signed-rank W of n pairs
/// (<see cref="SignedRank"/>). Both are symmetric, and S is the number of the <see cref="Count"/>
/// elementary differences (pairwise differences, Walsh averages) that fall below the true shift, so
/// the order statistics of those differences give the exact distribution-free interval of the shift
/// (Moses; Tukey/Walsh) and the p-value that is dual to it (<see cref="ShiftInterval"/>).
/// Instances are cached per size and immutable.
/// </summary>
internal sealed class ExactNullDistribution
{
    private static readonly ConcurrentDictionary<(int, int), ExactNullDistribution> mannWhitney = new();
    private static readonly ConcurrentDictionary<int, ExactNullDistribution> signedRank = new();

    /// <summary>P(S &lt;= k) for k = 0..Count.</summary>
    private readonly double[] cdf;

    private ExactNullDistribution(double[] frequencies)
    {
        var total = frequencies.Sum();
        cdf = new double[frequencies.Length];
        var running = 0.0;
        for (var k = 0; k < frequencies.Length; k++)
        {
            running += frequencies[k];
            cdf[k] = running / total;
        }
    }

    /// <summary>The largest value of S: the number of elementary differences.</summary>
    public int Count => cdf.Length - 1;

    /// <summary>The smallest two-sided p-value this test can give: 2 P(S = 0).</summary>
    public double SmallestPValue => Math.Min(1, 2 * cdf[0]);

    /// <summary>P(S &lt;= k) under the null; 1 from <see cref="Count"/> on, 0 below 0.</summary>
    public double AtMost(int k) => k < 0 ? 0 : cdf[Math.Min(k, Count)];

    /// <summary>
    /// The critical index of the two-sided interval at <paramref name="level"/>: the largest c (1-based)
    /// with P(S &lt;= c - 1) &lt;= level / 2, so [D(c), D(Count + 1 - c)] covers the true shift with
    /// probability at least 1 - level. 0 when even c = 1 (the extreme differences) falls short.
    /// </summary>
    public int CriticalIndex(double level)
    {
        var c = 0;
        while (c < (Count + 1) / 2 && cdf[c] <= level / 2)
        {
            c++;
        }

        return c;
    }

    /// <summary>U of an <paramref name="m"/> vs <paramref name="n"/> comparison without ties.</summary>
    public static ExactNullDistribution MannWhitney(int m, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return mannWhitney.GetOrAdd((Math.Min(m, n), Math.Max(m, n)), key => new ExactNullDistribution(GaussianBinomial(key.Item1 + key.Item2, key.Item1)));
    }

    /// <summary>W of <paramref name="n"/> pairs without zeros or ties.</summary>
    public static ExactNullDistribution SignedRank(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return signedRank.GetOrAdd(n, size => new ExactNullDistribution(SubsetSums(size)));
    }

    /// <summary>
    /// Coefficients of the Gaussian binomial [a choose b]_q: coefficient k counts the arrangements of
    /// b x's among a values with U = k. Pascal's rule [a, b] = [a-1, b-1] + q^b [a-1, b]; all terms are
    /// positive, so doubles stay exact up to 2^53 and accurate beyond.
    /// </summary>
    private static double[] GaussianBinomial(int a, int b)
    {
        // rows[j] holds [i choose j] for the current i; updated in place for j descending.
        var rows = new double[b + 1][];
        rows[0] = [1];
        for (var j = 1; j <= b; j++)
        {
            rows[j] = [];
        }

        for (var i = 1; i <= a; i++)
        {
            for (var j = Math.Min(i, b); j >= 1; j--)
            {
                var withLast = rows[j - 1];
                var withoutLast = rows[j];
                var next = new double[(j * (i - j)) + 1];
                withLast.CopyTo(next, 0);
                for (var k = 0; k < withoutLast.Length; k++)
                {
                    next[k + j] += withoutLast[k];
                }

                rows[j] = next;
            }
        }

        return rows[b];
    }

    /// <summary>Coefficient k counts the subsets of {1..n} summing to k.</summary>
    private static double[] SubsetSums(int n)
    {
        var counts = new double[(n * (n + 1) / 2) + 1];
        counts[0] = 1;
        for (var i = 1; i <= n; i++)
        {
            for (var s = counts.Length - 1; s >= i; s--)
            {
                counts[s] += counts[s - i];
            }
        }

        return counts;
    }
}
