using System.Globalization;
using Lab.Plotter.Data;

namespace Lab.Plotter.Charts;

/// <summary>
/// Chart 2: aggregate throughput against the share of writes, one chart per (keys, size, threads),
/// one line per map, 99.9% confidence intervals as error bars. Only mixes with a read share are plotted.
/// </summary>
internal static class ThroughputVsWriteShareChart
{
    public static IEnumerable<ChartFile> Render(ChartContext context)
    {
        var matrix = context.Matrix;
        var mixes = matrix.Mixes.Where(mix => matrix.ReadPercentOf(mix) is not null).ToList();
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
                    var series = matrix.Maps
                        .Where(map => map != Scenarios.NoopMap)
                        .Select(map => new MapSeries(map, [.. mixes
                            .Select((mix, i) => (Row: matrix.Find(map, mix, size, threads, keys), X: i))
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
                        $"Throughput vs write share: {ChartNames.Entries(size)}, {Mixes.ThreadsLabel(threads)}, {ChartNames.KeysLabel(keys)}",
                        context.Caption,
                        "writes, % of operations (updates of existing keys)",
                        scale.AxisLabel("throughput, million ops/s (all threads, 99.9% CI)"));
                    var highest = SeriesPlotter.DrawLines(plot, series, scale);
                    scale.Apply(plot, highest);
                    CategoryAxis.Apply(plot, labels);
                    ChartFrame.ShowLegend(plot);
                    yield return ChartFrame.Save(plot, context, ChartNames.File("throughput-vs-write-share", keys, Mixes.SizeLabel(size), $"t{threads}"), ChartKind.ThroughputVsWriteShare);
                }
            }
        }
    }
}
