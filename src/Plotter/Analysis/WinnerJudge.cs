using Lab.Plotter.Data;

namespace Lab.Plotter.Analysis;

/// <summary>
/// Ranks the recommendable maps (<see cref="MapIds.IsRecommendable"/>) in every matrix cell and judges
/// ties with <see cref="TieJudge"/>. Cells with no recommendable map are skipped (they are listed as
/// absent elsewhere). Verdicts come ordered by keys, threads, mix (most reads first) and size.
/// </summary>
internal static class WinnerJudge
{
    public static IReadOnlyList<CellVerdict> Judge(MatrixView matrix)
    {
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
                            verdicts.Add(verdict);
                        }
                    }
                }
            }
        }

        return verdicts;
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
        var decisions = ranked.Skip(1).Select(row => (row.Cell.Map, Decision: TieJudge.Judge(matrix.Results, leader, row))).ToList();
        var tied = MapIds.Sort(decisions.Where(d => d.Decision.IsTie).Select(d => d.Map)).ToList();
        var methods = decisions.Select(d => d.Decision.Method).Distinct().Order().ToList();
        return new CellVerdict(keys, threads, mix, size, leader, ranked.Count > 1 ? ranked[1] : null, tied, methods);
    }
}
