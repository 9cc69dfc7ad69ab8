namespace Lab.Plotter.Statistics;

/// <summary>
/// Judges a matrix run's close calls from close-calls.csv with the same judge as the report's ties
/// (<see cref="TieJudge.Settings"/>: the in-process comparison's rules): per call the processes' median log ratios
/// (runner-up over leader) are one cell of the in-process comparison (exact signed-rank interval), the measured calls
/// one Holm family at alpha. Slower: the leader wins; Faster: the runner-up wins; Same or Inconclusive: a tie.
/// </summary>
internal static class CloseCallJudge
{
    /// <summary>Every close call of <paramref name="rows"/>, in the file's order of first appearance.</summary>
    public static IReadOnlyList<CloseCallDecision> Judge(IReadOnlyList<CloseCallRow> rows)
    {
        var calls = rows.GroupBy(row => row.Cell, StringComparer.Ordinal).ToList();
        var measured = calls.Where(call => call.All(row => row.Status == CloseCallRow.Measured)).ToList();
        var comparisons = measured.Count == 0
            ? []
            : new CellJudge(TieJudge.Settings).JudgeInProcess(
                [.. measured.Select(call => call.Key)],
                measured.ToDictionary(call => call.Key, call => (IReadOnlyList<double>)[.. call.Select(row => row.MedianLogRatio!.Value)], StringComparer.Ordinal));
        var byCell = measured.Select((call, i) => (call.Key, Comparison: comparisons[i])).ToDictionary(pair => pair.Key, pair => pair.Comparison, StringComparer.Ordinal);
        return [.. calls.Select(call =>
        {
            var first = call.First();
            var comparison = byCell.GetValueOrDefault(call.Key);
            return new CloseCallDecision(first.Cell, first.Leader, first.RunnerUp, first.LaunchRatio, first.Status, comparison is null ? 0 : call.Count(), comparison);
        })];
    }
}
