namespace Lab.Plotter.Statistics;

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

    /// <summary>
    /// Iterations of one launch each as independent samples: exact Mann-Whitney (Moses) interval of all
    /// pairwise log ratios. The matrix report's ties (<see cref="TieJudge"/>): a one-launch run has no other
    /// replicates, so the verdict speaks of that launch, not of launch-to-launch spread.
    /// </summary>
    Iterations,
}

/// <summary>The names verdicts.csv and the reports give the modes.</summary>
internal static class ComparisonModeNames
{
    /// <summary><c>paired</c>, <c>launches</c> or <c>in-process</c>.</summary>
    public static string Name(this ComparisonMode mode) => mode == ComparisonMode.InProcess ? "in-process" : mode.ToString().ToLowerInvariant();

    /// <summary>What one replicate of the mode is called: launches, processes or iterations.</summary>
    public static string ReplicateName(this ComparisonMode mode) => mode switch
    {
        ComparisonMode.InProcess => "processes",
        ComparisonMode.Iterations => "iterations",
        _ => "launches",
    };
}
