namespace Lab.Plotter.Comparison;

/// <summary>How a cell's two sides were compared.</summary>
internal enum ComparisonMode
{
    /// <summary>
    /// Launch medians of the two sides as independent samples: exact Mann-Whitney (Moses) interval of
    /// the log ratio over all pairwise differences.
    /// </summary>
    Launches,

    /// <summary>
    /// Rounds as pairs: round r of base and round r of diff ran back to back, so each round gives one
    /// log ratio (log median of diff's launch medians minus base's) from which the shift the round
    /// gave both sides cancels; exact Wilcoxon signed-rank (Walsh average) interval of those.
    /// </summary>
    Paired,

    /// <summary>
    /// In-process pairs (src/Paired): both builds alternated in one process; each process gives one
    /// value, its median per-pair log ratio, and processes are the replicates: exact Wilcoxon
    /// signed-rank (Walsh average) interval of those values.
    /// </summary>
    InProcess,
}

/// <summary>The names verdicts.csv and the reports give the modes.</summary>
internal static class ComparisonModeNames
{
    /// <summary><c>paired</c>, <c>launches</c> or <c>in-process</c>.</summary>
    public static string Name(this ComparisonMode mode) => mode == ComparisonMode.InProcess ? "in-process" : mode.ToString().ToLowerInvariant();
}
