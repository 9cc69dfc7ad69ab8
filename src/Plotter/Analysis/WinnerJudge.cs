
namespace Lab.Plotter.Analysis;

/// <summary>
/// Ranks the recommendable maps (<see cref="MapIds.IsRecommendable"/>) in every matrix cell and judges
/// ties with <see cref="TieJudge"/> (the regression comparison's rules). Cells with no recommendable map are skipped (they are listed as
/// absent elsewhere). Verdicts come ordered by keys, threads, mix (most reads first) and size.
/// </summary>
internal static class WinnerJudge
{
    public static IReadOnlyList<CellVerdict> Judge(MatrixView matrix)
    {
        var closeCalls = matrix.Results.CloseCalls is { } rows
            ? CloseCallJudge.Judge(rows).ToDictionary(call => call.Cell, StringComparer.Ordinal)
            : new Dictionary<string, CloseCallDecision>(StringComparer.Ordinal);
        var verdicts = new List<CellVerdict>();
        foreach (var keys in matrix.Keys)
        {
            foreach (var threads in matrix.Threads)
            {
                foreach (var mix in matrix.Mixes)
                {
                    foreach (var size in matrix.Sizes)
                    {
                        if (JudgeCell(matrix, keys, threads, mix, size) is { } verdict)
                        {
                            verdicts.Add(WithCloseCall(verdict, closeCalls));
                        }
                    }
                }
            }
        }

        return verdicts;
    }

    /// <summary>
    /// The verdict with its close call when the run measured one for this cell and the same two maps lead it: the
    /// paired comparison (in process, both maps alternated) outranks the one launch's iterations for that pair.
    /// </summary>
    private static CellVerdict WithCloseCall(CellVerdict verdict, Dictionary<string, CloseCallDecision> closeCalls)
    {
        if (verdict.RunnerUp is not { } runnerUp
            || !closeCalls.TryGetValue(verdict.Leader.Cell.WithMap(CellId.MapPlaceholder).ToString(), out var call)
            || call.Leader != verdict.Leader.Cell.Map || call.RunnerUp != runnerUp.Cell.Map)
        {
            return verdict;
        }

        if (call.Comparison is null || call.Disagrees)
        {
            return verdict with { CloseCall = call };
        }

        var pair = new[] { call.Leader, call.RunnerUp };
        var tied = verdict.TiedWith.Where(map => !pair.Contains(map)).ToList();
        var undecided = verdict.Undecided.Where(map => !pair.Contains(map)).ToList();
        if (call.Comparison.Verdict == Verdict.Same)
        {
            tied.Add(call.RunnerUp);
        }
        else if (call.Comparison.Verdict == Verdict.Inconclusive)
        {
            undecided.Add(call.RunnerUp);
        }

        return verdict with { TiedWith = [.. MapIds.Sort(tied)], Undecided = [.. MapIds.Sort(undecided)], CloseCall = call };
    }

    private static CellVerdict? JudgeCell(MatrixView matrix, string keys, int threads, string mix, int size)
    {
        var ranked = matrix.Maps
            .Where(MapIds.IsRecommendable)
            .Select(map => matrix.Find(map, mix, size, threads, keys))
            .OfType<SummaryRow>()
            .OrderBy(row => row.NsPerOp)
            .ThenBy(row => MapIds.OrderOf(row.Cell.Map))
            .ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var leader = ranked[0];
        var decisions = TieJudge.Judge(matrix.Results, leader, ranked[1..]);
        return new CellVerdict(
            keys,
            threads,
            mix,
            size,
            leader,
            ranked.Count > 1 ? ranked[1] : null,
            [.. MapIds.Sort(decisions.Where(d => d.IsTie).Select(d => d.Map))],
            [.. MapIds.Sort(decisions.Where(d => d.IsUndecided).Select(d => d.Map))],
            decisions.Any(d => !d.Tested))
        {
            RunnerUpComparison = decisions.Count > 0 ? decisions[0].Comparison : null,
        };
    }
}
