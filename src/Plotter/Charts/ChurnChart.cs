
namespace Lab.Plotter.Charts;

/// <summary>
/// Chart 8: churn (writes are remove + reinsert pairs of one key) against updates at the same read
/// share, one chart per (keys, size, threads) with churn cells: a group for the update mix
/// (<c>read90</c>) when the run measured it, a group for churn, one bar per map (the harness row
/// included). The gap between the groups is what removing and reinserting costs over updating in place.
/// </summary>
internal static class ChurnChart
{
    public static IEnumerable<ChartFile> Render(ChartContext context)
    {
        var matrix = context.Matrix;
        if (!matrix.Mixes.Contains(MatrixMixes.Churn))
        {
            yield break;
        }

        var readPercent = matrix.ReadPercentOf(MatrixMixes.Churn) ?? 0;
        string[] mixes = matrix.Mixes.Contains(MatrixMixes.UpdateMixId(readPercent)) ? [MatrixMixes.UpdateMixId(readPercent), MatrixMixes.Churn] : [MatrixMixes.Churn];
        var labels = mixes.Select(mix => mix == MatrixMixes.Churn ? "churn (remove + reinsert)" : "updates").ToList();
        foreach (var keys in matrix.Keys)
        {
            foreach (var size in matrix.Sizes)
            {
                foreach (var threads in matrix.Threads)
                {
                    if (!matrix.Maps.Any(map => matrix.Find(map, MatrixMixes.Churn, size, threads, keys) is not null))
                    {
                        continue;
                    }

                    var chart = GroupedBarChart.Render(
                        context,
                        labels,
                        (map, i) => matrix.Find(map, mixes[i], size, threads, keys),
                        GroupedBarChart.NsPerOp,
                        $"Churn vs updates at {readPercent}% reads: {ChartNames.Entries(size)}, {Mixes.ThreadsLabel(threads)}, {ChartNames.KeysLabel(keys)}",
                        "writes",
                        GroupedBarChart.NsPerOpAxis,
                        ChartNames.File("churn", keys, Mixes.SizeLabel(size), $"t{threads}"),
                        ChartKind.Churn);
                    if (chart is not null)
                    {
                        yield return chart;
                    }
                }
            }
        }
    }
}
