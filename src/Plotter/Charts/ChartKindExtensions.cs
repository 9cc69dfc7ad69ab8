namespace Lab.Plotter.Charts;

/// <summary>Which kind of run draws a chart family.</summary>
internal static class ChartKindExtensions
{
    /// <summary>True for the families drawn from a rate run's latency.csv; the others come from a matrix run's summary.csv.</summary>
    public static bool IsRateRun(this ChartKind kind)
        => kind is ChartKind.RateReaderTail or ChartKind.RateReaderThroughput or ChartKind.RatePercentiles or ChartKind.RateVisibilityLag or ChartKind.RateGcPause or ChartKind.Decision;

    /// <summary>The families a matrix run draws, in report order.</summary>
    public static IReadOnlyList<ChartKind> MatrixFamilies { get; } = [.. Enum.GetValues<ChartKind>().Where(kind => !kind.IsRateRun())];
}
