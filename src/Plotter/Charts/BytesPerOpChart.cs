namespace Lab.Plotter.Charts;

/// <summary>Chart 4a: bytes allocated per operation (all threads), bars grouped by mix, one bar per map.</summary>
internal static class BytesPerOpChart
{
    public static IEnumerable<ChartFile> Render(ChartContext context)
        => GroupedByMixChart.Render(
            context,
            ChartKind.BytesPerOp,
            "bytes-per-op",
            "Allocation per operation",
            "bytes allocated per operation",
            row => row.BytesPerOp is { } bytes ? new SeriesPoint(0, bytes) : null);
}
