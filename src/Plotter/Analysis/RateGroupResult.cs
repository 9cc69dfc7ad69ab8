namespace Lab.Plotter.Analysis;

/// <summary>
/// The answer of one rate group: the map with the highest median reader throughput among those whose
/// writer kept its target, the runner-up, and how the winner compares with every other candidate.
/// </summary>
/// <param name="Group">The conditions.</param>
/// <param name="Winner">Highest median reader throughput among the candidates.</param>
/// <param name="RunnerUp">Second highest; null when the group has one candidate.</param>
/// <param name="Margin">The winner's throughput decision against the runner-up (the winner is A); null without a runner-up.</param>
/// <param name="Against">The winner's throughput decision against every other candidate (the winner is A), in descending median throughput.</param>
/// <param name="RateNotMet">Maps left out because their writer fell behind its target in some replicate (when every map fell behind, none is left out and all are candidates).</param>
internal sealed record RateGroupResult(
    RateGroupKey Group,
    string Winner,
    string? RunnerUp,
    RateDecision? Margin,
    IReadOnlyList<RateDecision> Against,
    IReadOnlyList<string> RateNotMet)
{
    /// <summary>Maps tied with the winner (interval inside the margin).</summary>
    public IReadOnlyList<string> TiedWithWinner => [.. Against.Where(decision => decision.Verdict == RateVerdict.Tie).Select(decision => decision.MapB)];

    /// <summary>Maps the winner is not confidently ahead of, nor tied with.</summary>
    public IReadOnlyList<string> UndecidedWithWinner => [.. Against.Where(decision => decision.Verdict is RateVerdict.Undecided or RateVerdict.BFaster).Select(decision => decision.MapB)];

    /// <summary>True when the winner is confidently faster than every other candidate.</summary>
    public bool Clear => Against.All(decision => decision.Verdict == RateVerdict.AFaster);
}
