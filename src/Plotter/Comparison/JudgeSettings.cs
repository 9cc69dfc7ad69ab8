namespace Lab.Plotter.Comparison;

/// <summary>The rules a cell is judged by; <see cref="Default"/> is what the CLI uses unless told.</summary>
/// <param name="RelativeThreshold">Smallest relative change reported, as a fraction (0.05 = 5%).</param>
/// <param name="NoiseNs">Absolute noise floor in ns/op: a cell's threshold is at least this over its base median.</param>
/// <param name="Alpha">Family-wise error rate over all cells (Holm): the chance of any false Slower or Faster.</param>
/// <param name="MinLaunches">Fewer launches than this on either side makes the cell Inconclusive.</param>
internal sealed record JudgeSettings(
    double RelativeThreshold,
    double NoiseNs,
    double Alpha,
    int MinLaunches)
{
    public static JudgeSettings Default { get; } = new(
        RelativeThreshold: 0.05,
        NoiseNs: 0.5,
        Alpha: 0.01,
        MinLaunches: 5);

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
