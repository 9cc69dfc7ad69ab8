
namespace Lab.Plotter.Charts;

/// <summary>
/// The shape charts 3 and 4 share: one chart per (keys, size, threads); one group of bars per mix
/// (update mixes most reads first, then churn), one bar per map inside each group (<see cref="GroupedBarChart"/>).
/// </summary>
internal static class GroupedByMixChart
{
    public static IEnumerable<ChartFile> Render(
        ChartContext context,
        ChartKind kind,
        string fileStem,
        string titleStem,
        string yLabel,
        Func<SummaryRow, SeriesPoint?> figure)
    {
        var matrix = context.Matrix;
        var labels = matrix.Mixes.Select(matrix.MixLabel).ToList();
        foreach (var keys in matrix.Keys)
        {
            foreach (var size in matrix.Sizes)
            {
                foreach (var threads in matrix.Threads)
                {
                    var chart = GroupedBarChart.Render(
                        context,
                        labels,
                        (map, i) => matrix.Find(map, matrix.Mixes[i], size, threads, keys),
                        figure,
                        $"{titleStem}: {ChartNames.Entries(size)}, {Mixes.ThreadsLabel(threads)}, {ChartNames.KeysLabel(keys)}",
                        "operation mix",
                        yLabel,
                        ChartNames.File(fileStem, keys, Mixes.SizeLabel(size), $"t{threads}"),
                        kind);
                    if (chart is not null)
                    {
                        yield return chart;
                    }
                }
            }
        }
    }
}
