namespace Lab.Plotter.Charts;

/// <summary>Renders every chart family into the context's folder, in <see cref="ChartKind"/> order.</summary>
internal static class ChartRenderer
{
    public static IReadOnlyList<ChartFile> RenderAll(ChartContext context)
        =>
        [
            .. ThroughputVsThreadsChart.Render(context),
            .. ThroughputVsWriteShareChart.Render(context),
            .. NsPerOpChart.Render(context),
            .. BytesPerOpChart.Render(context),
            .. GcPer1kOpsChart.Render(context),
            .. WinnerHeatMapChart.Render(context),
            .. WriteCostChart.Render(context),
            .. KeyDistributionChart.Render(context),
            .. ChurnChart.Render(context),
        ];
}
