using ScottPlot;

namespace Lab.Plotter.Charts;

/// <summary>
/// Draws map series in the palette's style, either as lines with markers or as grouped bars, with
/// confidence-interval error bars where the bounds are known. Shared by every chart family.
/// </summary>
internal static class SeriesPlotter
{
    /// <summary>Lines with markers; error bars from each point's bounds. Returns the highest value drawn.</summary>
    public static double DrawLines(Plot plot, IReadOnlyList<MapSeries> series, ValueScale scale)
    {
        foreach (var mapSeries in series)
        {
            var style = MapPalette.For(mapSeries.Map);
            var xs = mapSeries.Points.Select(p => p.X).ToArray();
            var ys = mapSeries.Points.Select(p => scale.Plot(p.Value)).ToArray();
            var line = plot.Add.Scatter(xs, ys, style.Color);
            line.LegendText = Label(mapSeries.Map);
            line.MarkerShape = style.Marker;
            line.MarkerSize = 9;
            line.LineWidth = 2;
            line.LinePattern = style.Pattern;
            AddErrorBars(plot, mapSeries.Points, scale, style.Color, point => point.X);
        }

        return Highest(series);
    }

    /// <summary>
    /// Grouped bars: one group per category position, one bar per series inside it, in series order;
    /// the legend shows one entry per map. Returns the highest value drawn.
    /// </summary>
    public static double DrawBars(Plot plot, IReadOnlyList<MapSeries> series, ValueScale scale)
    {
        const double groupWidth = 0.84;
        var barWidth = groupWidth / Math.Max(1, series.Count);
        for (var i = 0; i < series.Count; i++)
        {
            var style = MapPalette.For(series[i].Map);
            var offset = (-groupWidth / 2) + (barWidth * (i + 0.5));
            var bars = series[i].Points.Select(point => new Bar
            {
                Position = point.X + offset,
                Value = scale.Plot(point.Value),
                ValueBase = scale.Floor,
                Size = barWidth * 0.92,
                FillColor = style.Color,
                LineWidth = 0,
            }).ToList();
            plot.Add.Bars(bars);
            MarkZeros(plot, series[i].Points, scale, point => point.X + offset);
            AddErrorBars(plot, series[i].Points, scale, Color.FromHex("#333333"), point => point.X + offset);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Label(series[i].Map), FillColor = style.Color });
        }

        return Highest(series);
    }

    private static void AddErrorBars(Plot plot, IReadOnlyList<SeriesPoint> points, ValueScale scale, Color color, Func<SeriesPoint, double> x)
    {
        var withBounds = points.Where(p => p is { Lower: not null, Upper: not null } && p.Upper > p.Lower).ToList();
        if (withBounds.Count == 0)
        {
            return;
        }

        var ys = withBounds.Select(p => scale.Plot(p.Value)).ToList();
        var errorBar = new ScottPlot.Plottables.ErrorBar(
            [.. withBounds.Select(x)],
            ys,
            null,
            null,
            [.. withBounds.Select((p, i) => Math.Max(0, scale.Plot(p.Upper!.Value) - ys[i]))],
            [.. withBounds.Select((p, i) => Math.Max(0, ys[i] - scale.Plot(p.Lower!.Value)))])
        {
            Color = color,
            LineWidth = 1.5f,
            CapSize = 5,
        };
        plot.Add.Plottable(errorBar);
    }

    /// <summary>A zero bar has no height: label it "0" on the axis floor so it does not read as missing data.</summary>
    private static void MarkZeros(Plot plot, IReadOnlyList<SeriesPoint> points, ValueScale scale, Func<SeriesPoint, double> x)
    {
        foreach (var point in points.Where(p => p.Value == 0))
        {
            var label = plot.Add.Text("0", x(point), scale.Floor);
            label.LabelFontName = ChartFrame.FontName;
            label.LabelFontSize = 11;
            label.LabelFontColor = Color.FromHex("#555555");
            label.Alignment = Alignment.LowerCenter;
        }
    }

    private static double Highest(IReadOnlyList<MapSeries> series)
        => series.SelectMany(s => s.AllValues).DefaultIfEmpty(1).Max();

    /// <summary>The legend label of a map: its id, which is also the CSV value.</summary>
    public static string Label(string map) => map == HarnessMap.Id ? "noop (harness)" : map;
}
