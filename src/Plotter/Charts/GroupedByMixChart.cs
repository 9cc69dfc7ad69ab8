using Lab.Plotter.Data;

namespace Lab.Plotter.Charts;

/// <summary>
/// The shape charts 3 and 4 share: one chart per (keys, size, threads); one group of bars per mix
/// (most reads first), one bar per map inside each group in palette order. The figure and its optional
/// bounds come from a selector; rows whose figure is empty are left out.
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
                    var series = matrix.Maps
                        .Select(map => new MapSeries(map, [.. matrix.Mixes
                            .Select((mix, i) => (Row: matrix.Find(map, mix, size, threads, keys), X: i))
                            .Select(p => p.Row is null ? null : figure(p.Row) is { } point ? point with { X = p.X } : null)
                            .OfType<SeriesPoint>()]))
                        .Where(s => s.Points.Count > 0)
                        .ToList();
                    if (series.Count == 0)
                    {
                        continue;
                    }

                    var scale = ValueScale.For(series.SelectMany(s => s.AllValues));
                    var plot = ChartFrame.Create(
                        $"{titleStem}: {ChartNames.Entries(size)}, {Mixes.ThreadsLabel(threads)}, {ChartNames.KeysLabel(keys)}",
                        context.Caption,
                        "operation mix",
                        scale.AxisLabel(yLabel));
                    var highest = SeriesPlotter.DrawBars(plot, series, scale);
                    scale.Apply(plot, highest);
                    CategoryAxis.Apply(plot, labels);
                    ChartFrame.ShowLegend(plot);
                    yield return ChartFrame.Save(plot, context, ChartNames.File(fileStem, keys, Mixes.SizeLabel(size), $"t{threads}"), kind);
                }
            }
        }
    }
}
