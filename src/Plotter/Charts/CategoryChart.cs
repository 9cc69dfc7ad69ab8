using ScottPlot;

namespace Lab.Plotter.Charts;

/// <summary>
/// The frame every category-axis chart of the matrix shares: map series along named categories, a value
/// axis scaled to the data (log when it spans decades), the legend, the PNG. The caller chooses how the
/// series are drawn (bars or lines); a chart without any point is not drawn.
/// </summary>
internal static class CategoryChart
{
    /// <summary>
    /// Draws <paramref name="series"/> with <paramref name="draw"/> (which returns the highest value it
    /// plotted), or returns <see langword="null"/> when no series has a point.
    /// </summary>
    public static ChartFile? Render(
        ChartContext context,
        IReadOnlyList<string> categories,
        IReadOnlyList<MapSeries> series,
        Func<Plot, IReadOnlyList<MapSeries>, ValueScale, double> draw,
        string title,
        string categoryAxis,
        string valueAxis,
        string fileName,
        ChartKind kind)
    {
        var drawn = series.Where(s => s.Points.Count > 0).ToList();
        if (drawn.Count == 0)
        {
            return null;
        }

        var scale = ValueScale.For(drawn.SelectMany(s => s.AllValues));
        var plot = ChartFrame.Create(title, context.Caption, categoryAxis, scale.AxisLabel(valueAxis));
        var highest = draw(plot, drawn, scale);
        scale.Apply(plot, highest);
        CategoryAxis.Apply(plot, categories);
        ChartFrame.ShowLegend(plot);
        return ChartFrame.Save(plot, context, fileName, kind);
    }
}
