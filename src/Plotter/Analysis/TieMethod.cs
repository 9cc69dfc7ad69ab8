namespace Lab.Plotter.Analysis;

/// <summary>How a tie was judged (see <see cref="TieJudge"/>).</summary>
internal enum TieMethod
{
    /// <summary>Mann-Whitney equivalence test on the measured iterations.</summary>
    MannWhitney,

    /// <summary>Overlap of the 99.9% confidence intervals in summary.csv.</summary>
    ConfidenceIntervalOverlap,

    /// <summary>No iterations and no intervals: means compared, no tie possible.</summary>
    MeansOnly,
}
