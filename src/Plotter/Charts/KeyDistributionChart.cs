
namespace Lab.Plotter.Charts;

/// <summary>
/// Chart 7: time per operation across key distributions (uniform, Zipf, long-prefix strings), one chart
/// per (mix, size, threads) measured with more than one distribution, one group of bars per distribution,
/// one bar per map (the harness row included). Profiles measure the non-uniform keys with a subset of the
/// maps (quick: <c>cow</c> and <c>noop</c>), so a map may have a bar in the uniform group only.
/// </summary>
internal static class KeyDistributionChart
{
    public static IEnumerable<ChartFile> Render(ChartContext context)
    {
        var matrix = context.Matrix;
        if (matrix.Keys.Count < 2)
        {
            yield break;
        }

        var labels = matrix.Keys.Select(ChartNames.KeysLabel).ToList();
        foreach (var mix in matrix.Mixes)
        {
            foreach (var size in matrix.Sizes)
            {
                foreach (var threads in matrix.Threads)
                {
                    var measuredKeys = matrix.Keys.Count(keys => matrix.Maps.Any(map => matrix.Find(map, mix, size, threads, keys) is not null));
                    if (measuredKeys < 2)
                    {
                        continue;
                    }

                    var chart = GroupedBarChart.Render(
                        context,
                        labels,
                        (map, i) => matrix.Find(map, mix, size, threads, matrix.Keys[i]),
                        GroupedBarChart.NsPerOp,
                        $"Time per operation by key distribution: {matrix.MixLabel(mix)}, {ChartNames.Entries(size)}, {Mixes.ThreadsLabel(threads)}",
                        "key distribution",
                        GroupedBarChart.NsPerOpAxis,
                        ChartNames.File("keys", mix, Mixes.SizeLabel(size), $"t{threads}"),
                        ChartKind.KeyDistributions);
                    if (chart is not null)
                    {
                        yield return chart;
                    }
                }
            }
        }
    }
}
