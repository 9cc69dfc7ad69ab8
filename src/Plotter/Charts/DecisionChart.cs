using ScottPlot;
using ScottPlot.Hatches;
using ScottPlot.TickGenerators;

namespace Lab.Plotter.Charts;

/// <summary>
/// The decision chart of a rate run, one per (readers, GC mode): write rates across (a category axis,
/// ascending, <c>max</c> last), sizes up (smallest at the bottom). Each cell is tinted with the recommended
/// map's palette colour (<see cref="MapPalette"/>) and names it with its margin over the runner-up; a tie
/// is hatched and says "tie" with the tied maps, an undecided cell is pale and says "undecided". Cells
/// without data stay blank. Drawn from <see cref="RateAnswer"/>s only: the verdicts are the judge's.
/// </summary>
internal static class DecisionChart
{
    private const int maxNamesInCell = 2;

    /// <summary>The chart's file name for a readers count (and a GC mode other than the first in contract order).</summary>
    public static string FileName(int readers, string gc)
        => $"decision-r{readers}{(gc == GcModes.All[0] ? string.Empty : "-gc-" + gc)}.png";

    /// <summary>The chart's title for a readers count and GC mode.</summary>
    public static string Title(int readers, string gc)
        => $"Recommended map by write rate and size: {readers} reader{(readers == 1 ? string.Empty : "s")}, one writer{(gc == GcModes.All[0] ? string.Empty : $", GC {gc}")}";

    /// <summary>The charts <see cref="Render"/> draws for <paramref name="answers"/>, named and titled, without drawing them (to link charts drawn before).</summary>
    public static IReadOnlyList<ChartFile> Files(IReadOnlyList<RateAnswer> answers)
        =>
        [
            .. GcModes.All.SelectMany(gc => answers.Where(answer => answer.GcMode == gc).Select(answer => answer.Readers).Distinct().Order()
                .Select(readers => new ChartFile(FileName(readers, gc), ChartKind.Decision, Title(readers, gc)))),
        ];

    /// <summary>Renders one chart per readers count and GC mode present in <paramref name="answers"/> into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<ChartFile> Render(IReadOnlyList<RateAnswer> answers, string caption, string folder)
    {
        var charts = new List<ChartFile>();
        var rates = answers.DistinctBy(answer => answer.WriteRate)
            .OrderBy(answer => answer.TargetWritesPerSecond ?? double.PositiveInfinity)
            .Select(answer => answer.WriteRate)
            .ToList();
        var sizes = answers.Select(answer => answer.Size).Distinct().Order().ToList();
        foreach (var gc in GcModes.All.Where(mode => answers.Any(answer => answer.GcMode == mode)))
        {
            foreach (var readers in answers.Where(answer => answer.GcMode == gc).Select(answer => answer.Readers).Distinct().Order())
            {
                var cells = answers.Where(answer => answer.GcMode == gc && answer.Readers == readers).ToList();
                var plot = ChartFrame.Create(
                    Title(readers, gc),
                    caption,
                    "writer's target, writes per second  (cell: best reader throughput, ratio over runner-up; hatched: tie)",
                    "map size, entries");
                foreach (var cell in cells)
                {
                    DrawCell(plot, cell, rates.IndexOf(cell.WriteRate), sizes.IndexOf(cell.Size));
                }

                CategoryAxis.Apply(plot, [.. rates.Select(rate => rate == "0" ? "0 (no writer)" : rate)]);
                plot.Axes.Left.TickGenerator = new NumericManual(
                    [.. Enumerable.Range(0, sizes.Count).Select(i => (double)i)],
                    [.. sizes.Select(Mixes.SizeLabel)]);
                plot.Axes.SetLimitsY(-0.5, sizes.Count - 0.5);
                plot.HideGrid();
                charts.Add(ChartFrame.Save(plot, folder, FileName(readers, gc), ChartKind.Decision));
            }
        }

        return charts;
    }

    private static void DrawCell(Plot plot, RateAnswer answer, int x, int y)
    {
        var decision = answer.Decision;
        var style = MapPalette.For(decision.Recommended);
        var cell = plot.Add.Rectangle(x - 0.5, x + 0.5, y - 0.5, y + 0.5);
        cell.FillColor = style.Color.WithAlpha(decision.Verdict switch
        {
            DecisionVerdict.Faster or DecisionVerdict.Only => 0.45,
            DecisionVerdict.Tie => 0.2,
            _ => 0.1,
        });
        if (decision.Verdict == DecisionVerdict.Tie)
        {
            cell.FillHatch = new Striped(StripeDirection.DiagonalUp);
            cell.FillHatchColor = style.Color.WithAlpha(0.55);
        }

        cell.LineColor = Colors.White;
        cell.LineWidth = 3;
        AddText(plot, decision.Recommended, x, y + 0.2, 15, bold: true);
        var (first, second) = Detail(decision);
        AddText(plot, first, x, y - 0.06, 11, bold: decision.Verdict == DecisionVerdict.Tie);
        AddText(plot, second, x, y - 0.26, 11, bold: false);
    }

    private static void AddText(Plot plot, string text, int x, double y, float size, bool bold)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = ChartFrame.FontName;
        label.LabelFontSize = size;
        label.LabelBold = bold;
        label.LabelFontColor = bold ? Colors.Black : Color.FromHex("#333333");
        label.Alignment = Alignment.MiddleCenter;
    }

    // Two short lines under the map's name: what the judge said, then against whom.
    private static (string First, string Second) Detail(Decision decision)
    {
        var ratio = decision.Ratio is { } r ? Reports.Figures.Ratio(r) : string.Empty;
        switch (decision.Verdict)
        {
            case DecisionVerdict.Tie:
                var names = decision.TiedWith.Take(maxNamesInCell).ToList();
                var more = decision.TiedWith.Count - names.Count;
                return ("tie", $"≈ {string.Join(", ", names)}{(more > 0 ? $" +{more}" : string.Empty)}");
            case DecisionVerdict.Only:
                return ("only map", "measured");
            case DecisionVerdict.Undecided:
                return ($"undecided, {ratio}", $"vs {decision.RunnerUp}");
            default:
                return ($"{ratio} faster", $"than {decision.RunnerUp}");
        }
    }
}
