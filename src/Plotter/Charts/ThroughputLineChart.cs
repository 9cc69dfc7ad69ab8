
namespace Lab.Plotter.Charts;

/// <summary>
/// What the throughput charts share: one line per map (the harness row excluded: it is no map)
/// along a category axis, million ops/s with the 99.9% confidence interval as error bars.
/// </summary>
internal static class ThroughputLineChart
{
    private const string valueAxis = "throughput, million ops/s (all threads, 99.9% CI)";

    /// <summary>
    /// Draws the chart, or returns <see langword="null"/> when no map has a point.
    /// <paramref name="rowAt"/> gives a map's row at category index i, or null where the cell is absent.
    /// </summary>
    public static ChartFile? Render(
        ChartContext context,
        IReadOnlyList<string> categories,
        Func<string, int, SummaryRow?> rowAt,
        string title,
        string categoryAxis,
        string fileName,
        ChartKind kind)
    {
        var series = context.Matrix.Maps
            .Where(map => map != HarnessMap.Id)
            .Select(map => new MapSeries(map, [.. Enumerable.Range(0, categories.Count)
                .Select(i => (Row: rowAt(map, i), X: i))
                .Where(p => p.Row is not null)
                .Select(p => new SeriesPoint(p.X, p.Row!.MopsPerSecond, p.Row.MopsCiLower, p.Row.MopsCiUpper))]))
            .ToList();
        return CategoryChart.Render(context, categories, series, SeriesPlotter.DrawLines, title, categoryAxis, valueAxis, fileName, kind);
    }
}
