
namespace Lab.Plotter.Charts;

/// <summary>
/// The grouped-bar chart the bar families share: one group per category, one bar per map inside each
/// group in palette order (the harness row included), the figure and its optional bounds from a selector.
/// Rows that are absent or whose figure is empty are left out; a chart without any bar is not drawn.
/// </summary>
internal static class GroupedBarChart
{
    /// <summary>
    /// Draws the chart, or returns <see langword="null"/> when no map has a bar.
    /// <paramref name="rowAt"/> gives a map's row in category i, or null where the cell is absent.
    /// </summary>
    public static ChartFile? Render(
        ChartContext context,
        IReadOnlyList<string> categories,
        Func<string, int, SummaryRow?> rowAt,
        Func<SummaryRow, SeriesPoint?> figure,
        string title,
        string categoryAxis,
        string valueAxis,
        string fileName,
        ChartKind kind)
    {
        var series = context.Matrix.Maps
            .Select(map => new MapSeries(map, [.. Enumerable.Range(0, categories.Count)
                .Select(i => rowAt(map, i) is { } row && figure(row) is { } point ? point with { X = i } : null)
                .OfType<SeriesPoint>()]))
            .ToList();
        return CategoryChart.Render(context, categories, series, SeriesPlotter.DrawBars, title, categoryAxis, valueAxis, fileName, kind);
    }

    /// <summary>Mean ns/op with its 99.9% confidence interval: the figure of the time charts.</summary>
    public static SeriesPoint NsPerOp(SummaryRow row) => new(0, row.NsPerOp, row.NsPerOpCiLower, row.NsPerOpCiUpper);

    /// <summary>The value-axis label of <see cref="NsPerOp"/>.</summary>
    public const string NsPerOpAxis = "ns per operation (mean, 99.9% CI)";
}
