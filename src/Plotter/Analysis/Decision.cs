namespace Lab.Plotter.Analysis;

/// <summary>
/// One answer of the decision page: the recommended map, the runner-up, and how far ahead the recommended
/// one is, as a ratio where above 1 means the recommended map is better (reader throughput recommended ÷
/// runner-up for rate runs; ns/op runner-up ÷ recommended for the matrix), with its interval at
/// <paramref name="Confidence"/> (<paramref name="Lower"/> 0 and <paramref name="Upper"/> +infinity when the
/// judge could not reach any level). The verdict and the tied maps are the judge's, never recomputed here.
/// </summary>
/// <param name="Recommended">The map to use.</param>
/// <param name="RunnerUp">The next best map, or <see langword="null"/> when only one was measured.</param>
/// <param name="Ratio">How much better the recommended map is (1.25: 25% better); null without a runner-up.</param>
/// <param name="Lower">Lower end of the ratio's interval.</param>
/// <param name="Upper">Upper end of the ratio's interval.</param>
/// <param name="Confidence">The interval's confidence (0 to 1); 0 when there is no interval.</param>
/// <param name="Verdict">Faster, tie, undecided or only.</param>
/// <param name="TiedWith">The maps tied with the recommended one, in <see cref="MapIds"/> order.</param>
internal sealed record Decision(
    string Recommended,
    string? RunnerUp,
    double? Ratio,
    double Lower,
    double Upper,
    double Confidence,
    DecisionVerdict Verdict,
    IReadOnlyList<string> TiedWith)
{
    /// <summary>Whether the ratio has a finite interval on both ends.</summary>
    public bool HasInterval => Lower > 0 && double.IsFinite(Upper) && Confidence > 0;

    /// <summary>
    /// A matrix cell's decision from <see cref="WinnerJudge"/>'s verdict: the runner-up's comparison (ratio
    /// runner-up ÷ leader of ns/op) is already "how much better the leader is"; without it (too few
    /// iterations) the ratio of means and no interval. A measured close call (<see cref="CellVerdict.CloseCall"/>)
    /// decides instead of the one launch: its paired comparison's winner is recommended, with that comparison's
    /// ratio and interval; undecided by it, the cell is a tie (equivalent) or undecided (inseparable). A call whose paired
    /// ratio disagrees with the launch (<see cref="CloseCallDecision.Disagrees"/>) leaves the launch's decision.
    /// </summary>
    public static Decision Of(CellVerdict verdict)
        => verdict.CloseCall is { Comparison: { } paired, Disagrees: false } call ? OfCloseCall(verdict, call, paired) : OfLaunch(verdict);

    private static Decision OfLaunch(CellVerdict verdict)
    {
        var runnerUp = verdict.RunnerUp?.Cell.Map;
        var comparison = verdict.RunnerUpComparison;
        var decided = runnerUp is null ? DecisionVerdict.Only
            : verdict.IsTie ? DecisionVerdict.Tie
            : verdict.Undecided.Contains(runnerUp) || verdict.TooFewIterations || comparison is null ? DecisionVerdict.Undecided
            : DecisionVerdict.Faster;
        return new Decision(
            verdict.Leader.Cell.Map,
            runnerUp,
            comparison?.Ratio ?? (verdict.Margin is { } margin ? 1 + margin : null),
            comparison?.RatioLower ?? 0,
            comparison?.RatioUpper ?? double.PositiveInfinity,
            comparison?.Confidence ?? 0,
            decided,
            verdict.TiedWith);
    }

    private static Decision OfCloseCall(CellVerdict verdict, CloseCallDecision call, CellComparison paired)
    {
        var runnerUpWon = call.Winner == call.RunnerUp;
        var decided = call.Decided ? DecisionVerdict.Faster
            : paired.Verdict == Statistics.Verdict.Same ? DecisionVerdict.Tie
            : DecisionVerdict.Undecided;
        return new Decision(
            runnerUpWon ? call.RunnerUp : call.Leader,
            runnerUpWon ? call.Leader : call.RunnerUp,
            runnerUpWon ? 1 / paired.Ratio : paired.Ratio,
            runnerUpWon ? Inverse(paired.RatioUpper) : paired.RatioLower,
            runnerUpWon ? Inverse(paired.RatioLower) : paired.RatioUpper,
            paired.Confidence,
            decided,
            verdict.TiedWith);
    }

    private static double Inverse(double ratio) => ratio <= 0 ? double.PositiveInfinity : double.IsFinite(ratio) ? 1 / ratio : 0;
}
