using System.Globalization;

namespace Lab.Plotter.Charts;

/// <summary>
/// Chart 2: aggregate throughput against the share of writes, one chart per (keys, size, threads),
/// one line per map, 99.9% confidence intervals as error bars. Only update mixes (<c>readNN</c>) are plotted:
/// churn has the write share of <c>read90</c> but other writes, and has its own chart (<see cref="ChurnChart"/>).
/// </summary>
internal static class ThroughputVsWriteShareChart
{
    public static IEnumerable<ChartFile> Render(ChartContext context)
    {
        var matrix = context.Matrix;
        var mixes = matrix.Mixes.Where(matrix.IsUpdateMix).ToList();
        if (mixes.Count == 0)
        {
            yield break;
        }

        var labels = mixes.Select(mix => string.Create(CultureInfo.InvariantCulture, $"{100 - matrix.ReadPercentOf(mix)}%")).ToList();
        foreach (var keys in matrix.Keys)
        {
            foreach (var size in matrix.Sizes)
            {
                foreach (var threads in matrix.Threads)
                {
                    var chart = ThroughputLineChart.Render(
                        context,
                        labels,
                        (map, i) => matrix.Find(map, mixes[i], size, threads, keys),
                        $"Throughput vs write share: {ChartNames.Entries(size)}, {Mixes.ThreadsLabel(threads)}, {ChartNames.KeysLabel(keys)}",
                        "writes, % of operations (updates of existing keys)",
                        ChartNames.File("throughput-vs-write-share", keys, Mixes.SizeLabel(size), $"t{threads}"),
                        ChartKind.ThroughputVsWriteShare);
                    if (chart is not null)
                    {
                        yield return chart;
                    }
                }
            }
        }
    }
}
