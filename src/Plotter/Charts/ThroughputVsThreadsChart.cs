
namespace Lab.Plotter.Charts;

/// <summary>
/// Chart 1: aggregate throughput against worker threads, one chart per (keys, mix, size), one line per
/// map (the harness row excluded: it is no map), with the 99.9% confidence interval as error bars.
/// </summary>
internal static class ThroughputVsThreadsChart
{
    public static IEnumerable<ChartFile> Render(ChartContext context)
    {
        var matrix = context.Matrix;
        var threadLabels = matrix.Threads.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var keys in matrix.Keys)
        {
            foreach (var mix in matrix.Mixes)
            {
                foreach (var size in matrix.Sizes)
                {
                    var chart = ThroughputLineChart.Render(
                        context,
                        threadLabels,
                        (map, i) => matrix.Find(map, mix, size, matrix.Threads[i], keys),
                        $"Throughput vs threads: {matrix.MixLabel(mix)}, {ChartNames.Entries(size)}, {ChartNames.KeysLabel(keys)}",
                        "worker threads",
                        ChartNames.File("throughput-vs-threads", keys, mix, Mixes.SizeLabel(size)),
                        ChartKind.ThroughputVsThreads);
                    if (chart is not null)
                    {
                        yield return chart;
                    }
                }
            }
        }
    }
}
