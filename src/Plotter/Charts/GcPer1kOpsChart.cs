namespace Lab.Plotter.Charts;

/// <summary>
/// Chart 4b: garbage collections per 1,000 operations, bars grouped by mix, one bar per map. Every
/// collection also counts as a gen0 collection, so the gen0 count is the total (gen1/gen2 counts stay in summary.csv).
/// </summary>
internal static class GcPer1kOpsChart
{
    public static IEnumerable<ChartFile> Render(ChartContext context)
        => GroupedByMixChart.Render(
            context,
            ChartKind.GcPer1kOps,
            "gc-per-1k-ops",
            "GC collections per 1,000 operations",
            "collections per 1,000 ops (gen0 = all GCs)",
            row => row.Gen0Per1kOps is { } gen0 ? new SeriesPoint(0, gen0) : null);
}
