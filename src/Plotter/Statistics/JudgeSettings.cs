namespace Lab.Plotter.Statistics;

/// <summary>The rules a cell is judged by; <see cref="Default"/> is what the CLI uses unless told.</summary>
/// <param name="RelativeThreshold">Smallest relative change reported as Slower or Faster, as a fraction (0.05 = 5%).</param>
/// <param name="NoiseNs">Absolute noise floor in ns/op: a cell's threshold is at least this over its base median.</param>
/// <param name="Alpha">Family-wise error rate over all cells (Holm): the chance of any false Slower or Faster.</param>
/// <param name="MinLaunches">Fewer launches than this on either side makes the cell Inconclusive.</param>
/// <param name="Margin">
/// Equivalence margin: Same needs the interval inside 1 ± margin (null: the threshold). Separate from
/// the threshold so that a precise measurement can alarm on a small change (threshold) while calling
/// Same only what it has bounded (margin).
/// </param>
internal sealed record JudgeSettings(
    double RelativeThreshold,
    double NoiseNs,
    double Alpha,
    int MinLaunches,
    double? Margin = null)
{
    /// <summary>Launch mode: 5% threshold and margin, 0.5 ns noise floor, family-wise alpha 0.01.</summary>
    public static JudgeSettings Default { get; } = new(
        RelativeThreshold: 0.05,
        NoiseNs: 0.5,
        Alpha: 0.01,
        MinLaunches: 5);

    /// <summary>
    /// In-process mode: a 2% threshold (its intervals are narrow enough to see a 5% change in
    /// 80% of runs only if a change just above 2% may alarm) and a 5% margin for Same.
    /// </summary>
    public static JudgeSettings InProcessDefault { get; } = Default with { RelativeThreshold = 0.02, Margin = 0.05 };

    /// <summary>The equivalence margin in effect: <see cref="Margin"/> (or the threshold), never below the threshold.</summary>
    public double SameMargin => Math.Max(Margin ?? RelativeThreshold, RelativeThreshold);

    /// <summary>
    /// The fewest launches a side (n vs n) for which the exact test can reach <paramref name="alpha"/>
    /// for even a single cell: the smallest two-sided p-value, 2 / C(2n, n), must not exceed it.
    /// </summary>
    public static int FewestLaunchesFor(double alpha)
    {
        var n = 1;
        while (ExactNullDistribution.MannWhitney(n, n).SmallestPValue > alpha)
        {
            n++;
        }

        return n;
    }

    /// <summary>The fewest processes for which the in-process signed-rank test can reach <paramref name="alpha"/>: 2 / 2^n &lt;= alpha.</summary>
    public static int FewestProcessesFor(double alpha)
    {
        var n = 1;
        while (ExactNullDistribution.SignedRank(n).SmallestPValue > alpha)
        {
            n++;
        }

        return n;
    }
}
