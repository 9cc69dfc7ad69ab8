namespace Lab.Plotter.Statistics;

/// <summary>
/// Exact distribution-free inference on a shift of logs (so on a ratio) from its elementary
/// differences: the m x n pairwise differences of two independent samples (Mann-Whitney / Moses,
/// Hodges-Lehmann) or the n(n+1)/2 Walsh averages of n paired differences (Wilcoxon signed-rank,
/// Tukey). The estimate is the median of the differences; the interval at a level is
/// [D(c), D(N + 1 - c)] with c the exact critical index (<see cref="ExactNullDistribution.CriticalIndex"/>);
/// the p-value is the smallest level whose interval excludes 0.
/// </summary>
/// <remarks>
/// Duality, by construction: <see cref="Interval"/> at <c>level</c> excludes 0 exactly when
/// <see cref="PValue"/> &lt;= <c>level</c>. The lower end D(c) is above 0 iff at most c - 1
/// differences are &lt;= 0, i.e. iff P(S &lt;= #{D &lt;= 0}) &lt;= P(S &lt;= c - 1) &lt;= level / 2, which is
/// the p-value's own test (the null CDF strictly increases on its support); the upper end mirrors it.
/// Ties at 0 count on both sides, which only makes both the p-value and the interval conservative.
/// </remarks>
internal sealed class ShiftInterval
{
    private readonly double[] sorted;
    private readonly ExactNullDistribution distribution;

    private ShiftInterval(double[] differences, ExactNullDistribution distribution)
    {
        if (differences.Length != distribution.Count)
        {
            throw new ArgumentException($"{differences.Length} differences for a null distribution over {distribution.Count}", nameof(differences));
        }

        sorted = differences;
        Array.Sort(sorted);
        this.distribution = distribution;
        var middle = sorted.Length / 2;
        Estimate = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var atMostZero = sorted.Count(d => d <= 0);
        var atLeastZero = sorted.Count(d => d >= 0);
        PValue = Math.Min(1, 2 * distribution.AtMost(Math.Min(atMostZero, atLeastZero)));
    }

    /// <summary>Hodges-Lehmann estimate of the shift: the median of the elementary differences.</summary>
    public double Estimate { get; }

    /// <summary>Exact two-sided p-value of "no shift".</summary>
    public double PValue { get; }

    /// <summary>The smallest p-value the sample sizes allow: a level below it can never be reached.</summary>
    public double SmallestPValue => distribution.SmallestPValue;

    /// <summary>Shift of log(diff) from log(base) for two independent samples: all pairwise differences.</summary>
    public static ShiftInterval Independent(IReadOnlyList<double> baseLogs, IReadOnlyList<double> diffLogs)
    {
        var differences = new double[baseLogs.Count * diffLogs.Count];
        var index = 0;
        foreach (var d in diffLogs)
        {
            foreach (var b in baseLogs)
            {
                differences[index++] = d - b;
            }
        }

        return new ShiftInterval(differences, ExactNullDistribution.MannWhitney(baseLogs.Count, diffLogs.Count));
    }

    /// <summary>Centre of paired differences (diff minus base, one per pair): all Walsh averages.</summary>
    public static ShiftInterval Paired(IReadOnlyList<double> pairDifferences)
    {
        var n = pairDifferences.Count;
        var walsh = new double[n * (n + 1) / 2];
        var index = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                walsh[index++] = (pairDifferences[i] + pairDifferences[j]) / 2;
            }
        }

        return new ShiftInterval(walsh, ExactNullDistribution.SignedRank(n));
    }

    /// <summary>
    /// The two-sided interval covering the shift with probability at least 1 - <paramref name="level"/>;
    /// null when the sample sizes cannot reach that level (<see cref="SmallestPValue"/> above it).
    /// </summary>
    public (double Lower, double Upper)? Interval(double level)
    {
        var c = distribution.CriticalIndex(level);
        return c == 0 ? null : (sorted[c - 1], sorted[sorted.Length - c]);
    }
}
