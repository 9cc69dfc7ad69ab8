namespace Lab.Plotter.Statistics;

/// <summary>
/// A ratio measured once per replicate (A over B, both measured in the same child process, so the
/// replicates pair): the median of the per-replicate ratios and a distribution-free interval for the
/// ratios' median from their order statistics (the sign test's interval).
/// </summary>
/// <remarks>
/// <para>
/// For n replicates whose ratios are independent draws from one continuous distribution, the interval
/// [R(k), R(n + 1 - k)] between the k-th smallest and the k-th largest ratio covers the distribution's
/// median with probability 1 - 2 P(Bin(n, 1/2) &lt;= k - 1), whatever the distribution. The interval is the
/// narrowest of these (largest k) whose coverage is at least the requested confidence; when even the
/// widest (min..max, k = 1) falls short, it is min..max and <see cref="Coverage"/> says its lower
/// coverage (<see cref="ReachesConfidence"/> is false).
/// </para>
/// <para>
/// With 3 replicates the only interval is min..max, and its coverage is exactly 1 - 2/8 = 75%; with 5 it is
/// 93.75%, with 6 96.9%. The default confidence, <see cref="DefaultConfidence"/>, is therefore 75%: what 3
/// replicates can state. <see cref="ExcludesOne"/> at that coverage is a two-sided sign test at level 25%
/// (all 3 ratios on the same side of 1).
/// </para>
/// </remarks>
internal sealed record ReplicateRatio
{
    /// <summary>The confidence asked of an interval unless told: 75%, reached by min..max of 3 replicates.</summary>
    public const double DefaultConfidence = 0.75;

    private ReplicateRatio(IReadOnlyList<double> ratios, double median, double lower, double upper, double coverage, bool reachesConfidence)
    {
        Ratios = ratios;
        Median = median;
        Lower = lower;
        Upper = upper;
        Coverage = coverage;
        ReachesConfidence = reachesConfidence;
    }

    /// <summary>The per-replicate ratios, ascending.</summary>
    public IReadOnlyList<double> Ratios { get; }

    /// <summary>Replicates: the number of ratios.</summary>
    public int Count => Ratios.Count;

    /// <summary>The median of the per-replicate ratios (an even count: the geometric mean of the middle two).</summary>
    public double Median { get; }

    /// <summary>Lower end of the interval (an order statistic of the ratios).</summary>
    public double Lower { get; }

    /// <summary>Upper end of the interval (an order statistic of the ratios).</summary>
    public double Upper { get; }

    /// <summary>The interval's exact coverage of the ratios' median: 1 - 2 P(Bin(n, 1/2) &lt;= k - 1).</summary>
    public double Coverage { get; }

    /// <summary>Whether <see cref="Coverage"/> reaches the confidence asked for (false: fewer replicates than that confidence needs).</summary>
    public bool ReachesConfidence { get; }

    /// <summary>True when the whole interval lies above 1 or below 1 and the interval reaches its confidence.</summary>
    public bool ExcludesOne => ReachesConfidence && (Lower > 1 || Upper < 1);

    /// <summary>True when the whole interval lies inside [1 / (1 + margin), 1 + margin] (symmetric on the log scale).</summary>
    public bool WithinMargin(double margin) => Lower >= 1 / (1 + margin) && Upper <= 1 + margin;

    /// <summary>The ratio the other way round (B over A): every ratio inverted, the interval's ends inverted and swapped, the coverage unchanged.</summary>
    public ReplicateRatio Inverse()
        => new([.. Ratios.Reverse().Select(ratio => 1 / ratio)], 1 / Median, 1 / Upper, 1 / Lower, Coverage, ReachesConfidence);

    /// <summary>
    /// The ratio of per-replicate <paramref name="ratios"/> (each positive and finite) with the narrowest
    /// order-statistic interval covering their median with probability at least <paramref name="confidence"/>.
    /// </summary>
    /// <exception cref="ArgumentException">No ratios, a ratio that is not positive and finite, or a confidence outside (0, 1).</exception>
    public static ReplicateRatio Of(IReadOnlyList<double> ratios, double confidence = DefaultConfidence)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        if (ratios.Count == 0)
        {
            throw new ArgumentException("A replicate ratio needs at least one replicate.", nameof(ratios));
        }

        if (ratios.Any(ratio => !double.IsFinite(ratio) || ratio <= 0))
        {
            throw new ArgumentException("Every replicate ratio must be positive and finite.", nameof(ratios));
        }

        if (!(confidence is > 0 and < 1))
        {
            throw new ArgumentException("The confidence must lie strictly between 0 and 1.", nameof(confidence));
        }

        var sorted = ratios.Order().ToArray();
        var n = sorted.Length;
        var middle = n / 2;
        var median = n % 2 == 1 ? sorted[middle] : Math.Sqrt(sorted[middle - 1] * sorted[middle]); // even: geometric mean of the middle two, so Inverse stays exact
        var k = 1;
        while (k + 1 <= (n + 1) / 2 && CoverageOf(n, k + 1) >= confidence)
        {
            k++;
        }

        var coverage = CoverageOf(n, k);
        return new ReplicateRatio(sorted, median, sorted[k - 1], sorted[n - k], coverage, coverage >= confidence);
    }

    /// <summary>
    /// Coverage of [R(k), R(n + 1 - k)] for the median of n continuous draws: 1 - 2 P(Bin(n, 1/2) &lt;= k - 1);
    /// 0 when the interval is empty or a single point of an even count's middle.
    /// </summary>
    public static double CoverageOf(int n, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (2 * k > n + 1)
        {
            return 0;
        }

        double below = 0;
        double choose = 1;
        for (var i = 0; i < k; i++)
        {
            below += choose;
            choose = choose * (n - i) / (i + 1);
        }

        return Math.Max(0, 1 - (2 * below / Math.Pow(2, n)));
    }
}
