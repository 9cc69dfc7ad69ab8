using Lab.Plotter.Data;

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
                    var series = matrix.Maps
                        .Where(map => map != Scenarios.NoopMap)
                        .Select(map => new MapSeries(map, [.. matrix.Threads
                            .Select((threads, i) => (Row: matrix.Find(map, mix, size, threads, keys), X: i))
                            .Where(p => p.Row is not null)
                            .Select(p => new SeriesPoint(p.X, p.Row!.MopsPerSecond, p.Row.MopsCiLower, p.Row.MopsCiUpper))]))
                        .Where(s => s.Points.Count > 0)
                        .ToList();
                    if (series.Count == 0)
                    {
                        continue;
                    }

                    var scale = ValueScale.For(series.SelectMany(s => s.AllValues));
                    var plot = ChartFrame.Create(
                        $"Throughput vs threads: {matrix.MixLabel(mix)}, {ChartNames.Entries(size)}, {ChartNames.KeysLabel(keys)}",
                        context.Caption,
                        "worker threads",
                        scale.AxisLabel("throughput, million ops/s (all threads, 99.9% CI)"));
                    var highest = SeriesPlotter.DrawLines(plot, series, scale);
                    scale.Apply(plot, highest);
                    CategoryAxis.Apply(plot, threadLabels);
                    ChartFrame.ShowLegend(plot);
                    yield return ChartFrame.Save(plot, context, ChartNames.File("throughput-vs-threads", keys, mix, Mixes.SizeLabel(size)), ChartKind.ThroughputVsThreads);
                }
            }
        }
    }
}
