using ScottPlot;
using ScottPlot.TickGenerators;

namespace Lab.Plotter.Charts;

/// <summary>Labels the bottom axis with categories at positions 0, 1, 2, ... and pads half a step either side.</summary>
internal static class CategoryAxis
{
    public static void Apply(Plot plot, IReadOnlyList<string> labels)
    {
        plot.Axes.Bottom.TickGenerator = new NumericManual([.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
        plot.Axes.SetLimitsX(-0.5, labels.Count - 0.5);
    }
}
