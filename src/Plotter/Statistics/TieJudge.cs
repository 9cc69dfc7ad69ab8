namespace Lab.Plotter.Statistics;

/// <summary>
/// The matrix report's ties, judged by the regression comparison's own rules (<see cref="CellJudge"/>), so a
/// tie in REPORT.md means what Same means in comparison.md: each other map's iterations against the leader's,
/// as independent samples (<see cref="ComparisonMode.Iterations"/>: exact Mann-Whitney / Moses interval of the
/// log ratio), the cell's maps one Holm family at <see cref="Settings"/>' alpha. A map is tied with the leader
/// when its equivalence interval (two one-sided tests at alpha) lies within 1 ± the margin, separated (Slower)
/// when its interval at its Holm level lies above 1 and the ratio beyond the threshold, undecided otherwise.
/// </summary>
/// <remarks>
/// A matrix run measures each cell in one launch, so its iterations are the only replicates: the verdict
/// speaks of that launch. Launch-to-launch spread on a shared machine is larger (14% in the committed A/A),
/// which is why the report also says to read small margins as ties, and why only repeated launches or the
/// in-process paired comparison can decide a close call.
/// </remarks>
internal static class TieJudge
{
    /// <summary>2% threshold, 5% margin, family-wise alpha 0.01, at least 5 iterations a side: the in-process comparison's rules.</summary>
    public static JudgeSettings Settings { get; } = JudgeSettings.InProcessDefault;

    /// <summary>Every other map of a cell against its leader, in the order given.</summary>
    public static IReadOnlyList<TieDecision> Judge(BenchmarkResults results, SummaryRow leader, IReadOnlyList<SummaryRow> others)
    {
        var judge = new CellJudge(Settings);
        var leaderTimes = results.MeasurementsOf(leader.Cell);
        var evidence = others.Select(other => judge.GatherIterations(other.Cell.ToString(), leaderTimes, results.MeasurementsOf(other.Cell))).ToList();
        return [.. judge.JudgeFamily(evidence).Select((comparison, i) => new TieDecision(others[i].Cell.Map, comparison))];
    }
}
