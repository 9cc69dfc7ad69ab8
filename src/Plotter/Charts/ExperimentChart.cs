using ScottPlot;

namespace Lab.Plotter.Charts;

/// <summary>
/// Line charts of experiment figures: x either categories (shard counts, sizes, batch sizes) or
/// numbers (seconds), one line per series with min-max whiskers over repetitions, a log value axis
/// when the values span more than a decade.
/// </summary>
internal static class ExperimentChart
{
    private static readonly Color[] palette =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#d62728"), Color.FromHex("#2ca02c"), Color.FromHex("#ff7f0e"),
        Color.FromHex("#9467bd"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#17becf"),
    ];

    /// <summary>One line.</summary>
    public sealed record Series(string Label, IReadOnlyList<SeriesPoint> Points);

    /// <summary>Renders the chart into <paramref name="folder"/>; <see langword="null"/> when no series has a point.</summary>
    public static string? Lines(
        string folder, string fileName, string title, string caption, string xLabel, string yLabel,
        IReadOnlyList<string>? categories, IReadOnlyList<Series> series, bool allowLog = true)
    {
        var drawn = series.Where(s => s.Points.Count > 0).ToList();
        if (drawn.Count == 0)
        {
            return null;
        }

        var values = drawn.SelectMany(s => s.Points.SelectMany(p => new[] { p.Value, p.Lower ?? p.Value, p.Upper ?? p.Value })).ToList();
        var scale = allowLog ? ValueScale.For(values) : ValueScale.For([1.0]);
        var plot = ChartFrame.Create(title, caption, xLabel, scale.AxisLabel(yLabel));
        for (var i = 0; i < drawn.Count; i++)
        {
            var color = palette[i % palette.Length];
            var xs = drawn[i].Points.Select(p => p.X).ToArray();
            var ys = drawn[i].Points.Select(p => scale.Plot(p.Value)).ToArray();
            var line = plot.Add.Scatter(xs, ys, color);
            line.LegendText = drawn[i].Label;
            line.MarkerSize = categories is null ? 0 : 8;
            line.LineWidth = 2;
            var bounded = drawn[i].Points.Where(p => p is { Lower: not null, Upper: not null } && p.Upper > p.Lower).ToList();
            if (bounded.Count > 0)
            {
                var centers = bounded.Select(p => scale.Plot(p.Value)).ToList();
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(
                    [.. bounded.Select(p => p.X)],
                    centers,
                    null,
                    null,
                    [.. bounded.Select((p, k) => Math.Max(0, scale.Plot(p.Upper!.Value) - centers[k]))],
                    [.. bounded.Select((p, k) => Math.Max(0, centers[k] - scale.Plot(p.Lower!.Value)))])
                {
                    Color = color,
                    LineWidth = 1.5f,
                    CapSize = 5,
                });
            }
        }

        scale.Apply(plot, values.DefaultIfEmpty(1).Max());
        if (!scale.IsLog)
        {
            plot.Axes.SetLimitsY(0, values.DefaultIfEmpty(1).Max() * 1.08);
        }

        if (categories is not null)
        {
            CategoryAxis.Apply(plot, categories);
        }

        ChartFrame.ShowLegend(plot);
        Directory.CreateDirectory(folder);
        plot.SavePng(Path.Combine(folder, fileName), ChartFrame.Width, ChartFrame.Height);
        return fileName;
    }
}
