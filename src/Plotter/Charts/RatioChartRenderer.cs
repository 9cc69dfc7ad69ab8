using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace Lab.Plotter.Charts;

/// <summary>
/// The ratio chart: one row per common cell (worst at the top), a point at the ratio coloured by
/// verdict, horizontal error bars at its bounds (none when the cell has no interval at its level), a vertical line at 1.0 and the threshold band
/// [1 - t, 1 + t] shaded. The image is <see cref="Width"/> wide and <see cref="HeightFor"/> high.
/// </summary>
internal static class RatioChartRenderer
{
    public const string FileName = "ratios.png";
    public const int Width = 1200;

    private const int baseHeight = 160;
    private const int rowHeight = 22;

    public static int HeightFor(int cells) => baseHeight + (rowHeight * cells);

    public static void Write(ComparisonReport report, string path)
    {
        var cells = report.Cells;
        using var plot = new Plot();
        var threshold = report.Settings.RelativeThreshold;
        plot.Add.HorizontalSpan(1 - threshold, 1 + threshold, Colors.Gray.WithAlpha(0.15));
        plot.Add.VerticalLine(1.0, 1, Colors.Black, LinePattern.Dashed);

        // Row i from the top is y = count - 1 - i, so the worst ratio is drawn highest.
        double Row(int i) => cells.Count - 1 - i;
        var bars = new ErrorBar(
            [.. cells.Select(c => c.Ratio)],
            [.. cells.Select((_, i) => Row(i))],
            [.. cells.Select(c => double.IsFinite(c.Width) ? c.RatioUpper - c.Ratio : 0)],
            [.. cells.Select(c => double.IsFinite(c.Width) ? c.Ratio - c.RatioLower : 0)],
            new double[cells.Count],
            new double[cells.Count])
        {
            Color = Colors.DimGray,
            CapSize = 4,
        };
        plot.Add.Plottable(bars);

        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            var rows = cells.Select((c, i) => (c, i)).Where(x => x.c.Verdict == verdict).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var markers = plot.Add.Markers(
                rows.Select(x => x.c.Ratio).ToArray(),
                rows.Select(x => Row(x.i)).ToArray(),
                MarkerShape.FilledCircle,
                8,
                ColorOf(verdict));
            markers.LegendText = verdict.ToString();
        }

        var ticks = new NumericManual();
        for (var i = 0; i < cells.Count; i++)
        {
            ticks.AddMajor(Row(i), cells[i].Cell);
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.SetLimitsY(-1, cells.Count);
        plot.Axes.Bottom.Label.Text = "ratio diff / base (above 1 is slower)";
        plot.Title($"Diff vs base: ratio with bounds at each cell's Holm level (family-wise {ReportFormat.Percent(report.Settings.Alpha)}); band = ±{ReportFormat.Percent(threshold)} threshold");
        plot.ShowLegend(Alignment.LowerRight);
        AtomicFile.Write(path, stream => stream.Write(plot.GetImageBytes(Width, HeightFor(cells.Count), ImageFormat.Png)));
    }

    private static Color ColorOf(Verdict verdict) => verdict switch
    {
        Verdict.Slower => Colors.Red,
        Verdict.Faster => Colors.Green,
        Verdict.Inconclusive => Colors.Orange,
        _ => Colors.SteelBlue,
    };
}
