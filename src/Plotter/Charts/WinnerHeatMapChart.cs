using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Lab.Plotter.Charts;

/// <summary>
/// Chart 5: the winner heat map, one per (keys, threads): rows are mixes (most reads on top), columns
/// sizes. Each cell is tinted with the fastest map's palette color and names it with its margin over
/// the runner-up; when the leaders are statistically indistinguishable (<see cref="TieJudge"/>) the cell
/// is pale and says "tie with" and the tied maps. Cells without data stay blank.
/// </summary>
internal static class WinnerHeatMapChart
{
    private const int maxNamesInCell = 3;

    public static IEnumerable<ChartFile> Render(ChartContext context)
    {
        var matrix = context.Matrix;
        foreach (var keys in matrix.Keys)
        {
            foreach (var threads in matrix.Threads)
            {
                var verdicts = context.Verdicts.Where(v => v.Keys == keys && v.Threads == threads).ToList();
                if (verdicts.Count == 0)
                {
                    continue;
                }

                var mixes = matrix.Mixes.Where(mix => verdicts.Any(v => v.Mix == mix)).ToList();
                var plot = ChartFrame.Create(
                    $"Fastest map by operation mix and size: {Mixes.ThreadsLabel(threads)}, {ChartNames.KeysLabel(keys)}",
                    context.Caption,
                    $"map size, entries  (cell: fastest map, margin over runner-up; tie: Same within ±{Reports.Figures.Percent(TieJudge.Settings.SameMargin)}, the comparison's rule)",
                    "operation mix");
                foreach (var verdict in verdicts)
                {
                    var x = matrix.Sizes.ToList().IndexOf(verdict.Size);
                    var y = mixes.Count - 1 - mixes.IndexOf(verdict.Mix);
                    DrawCell(plot, verdict, x, y);
                }

                CategoryAxis.Apply(plot, [.. matrix.Sizes.Select(Mixes.SizeLabel)]);
                plot.Axes.Left.TickGenerator = new NumericManual(
                    [.. Enumerable.Range(0, mixes.Count).Select(i => (double)i)],
                    [.. Enumerable.Range(0, mixes.Count).Select(i => matrix.MixLabel(mixes[mixes.Count - 1 - i]))]);
                plot.Axes.SetLimitsY(-0.5, mixes.Count - 0.5);
                plot.HideGrid();
                yield return ChartFrame.Save(plot, context, ChartNames.File("winners", keys, $"t{threads}"), ChartKind.Winners);
            }
        }
    }

    private static void DrawCell(Plot plot, CellVerdict verdict, int x, int y)
    {
        var style = MapPalette.For(verdict.Winner);
        var cell = plot.Add.Rectangle(x - 0.5, x + 0.5, y - 0.5, y + 0.5);
        cell.FillColor = style.Color.WithAlpha(verdict.IsTie ? 0.12 : 0.38);
        cell.LineColor = Colors.White;
        cell.LineWidth = 3;

        var leader = plot.Add.Text(verdict.Winner, x, y + 0.12);
        leader.LabelFontName = ChartFrame.FontName;
        leader.LabelFontSize = 17;
        leader.LabelBold = true;
        leader.LabelFontColor = Colors.Black;
        leader.Alignment = Alignment.MiddleCenter;

        var detail = plot.Add.Text(Detail(verdict), x, y - 0.16);
        detail.LabelFontName = ChartFrame.FontName;
        detail.LabelFontSize = 13;
        detail.LabelFontColor = Color.FromHex("#333333");
        detail.Alignment = Alignment.MiddleCenter;
    }

    private static string Detail(CellVerdict verdict)
    {
        if (verdict.IsTie)
        {
            var names = verdict.TiedWith.Take(maxNamesInCell).ToList();
            var more = verdict.TiedWith.Count - names.Count;
            return $"tie with {string.Join(", ", names)}{(more > 0 ? $" +{more}" : string.Empty)}";
        }

        if (verdict.CloseCall is { Decided: true } call)
        {
            return $"paired: beats {(call.Winner == call.Leader ? call.RunnerUp : call.Leader)}";
        }

        return verdict.Margin is { } margin
            ? string.Create(CultureInfo.InvariantCulture, $"+{margin:P0} vs {verdict.RunnerUp!.Cell.Map}").Replace(" %", "%", StringComparison.Ordinal)
            : "only map measured";
    }
}
