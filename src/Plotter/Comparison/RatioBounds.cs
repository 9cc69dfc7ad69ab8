using Perfolizer.Mathematics.Distributions.ContinuousDistributions;
using Pragmastat;

namespace Lab.Plotter.Comparison;

/// <summary>
/// Distribution-free confidence bounds of the ratio diff/base (Pragmastat 3.2.4 has the estimator
/// but no bounds). The ratio's log is the Hodges-Lehmann shift of the logs, so the bounds are the
/// classic Mann-Whitney (Moses) interval of that shift: the c-th smallest and c-th largest of the
/// m x n pairwise log-ratios, with c from the normal approximation of the U distribution.
/// Cost: O(m n log(m n)) time and O(m n) memory.
/// </summary>
internal static class RatioBounds
{
    /// <summary>Bounds of diff/base at <paramref name="confidence"/> (two-sided), as (lower, upper).</summary>
    public static (double Lower, double Upper) Estimate(IReadOnlyList<double> baseValues, IReadOnlyList<double> diffValues, double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfZero(baseValues.Count);
        ArgumentOutOfRangeException.ThrowIfZero(diffValues.Count);
        var m = baseValues.Count;
        var n = diffValues.Count;
        var logRatios = new double[m * n];
        var index = 0;
        foreach (var d in diffValues)
        {
            var logD = Math.Log(d);
            foreach (var b in baseValues)
            {
                logRatios[index++] = logD - Math.Log(b);
            }
        }

        Array.Sort(logRatios);
        var z = NormalDistribution.Standard.Quantile(new Probability(1 - ((1 - confidence) / 2)));
        var mn = (double)m * n;
        // The c-th order statistic (1-based) and its mirror; c < 1 means the whole range.
        var c = (int)Math.Floor((mn / 2) - (z * Math.Sqrt(mn * (m + n + 1) / 12)));
        var lower = Math.Clamp(c - 1, 0, logRatios.Length - 1);
        return (Math.Exp(logRatios[lower]), Math.Exp(logRatios[logRatios.Length - 1 - lower]));
    }
}
