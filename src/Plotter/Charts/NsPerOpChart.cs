namespace Lab.Plotter.Charts;

/// <summary>
/// Chart 3: mean time per operation, bars grouped by mix, one bar per map (the harness row included as
/// the floor every map pays), 99.9% confidence intervals as error bars; log axis when the spread spans decades.
/// </summary>
internal static class NsPerOpChart
{
    public static IEnumerable<ChartFile> Render(ChartContext context)
        => GroupedByMixChart.Render(
            context,
            ChartKind.NsPerOp,
            "ns-per-op",
            "Time per operation",
            GroupedBarChart.NsPerOpAxis,
            GroupedBarChart.NsPerOp);
}
