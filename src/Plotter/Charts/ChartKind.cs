namespace Lab.Plotter.Charts;

/// <summary>The chart families of issue 4, in report order.</summary>
internal enum ChartKind
{
    ThroughputVsThreads,
    ThroughputVsWriteShare,
    NsPerOp,
    BytesPerOp,
    GcPer1kOps,
    Winners,
    WriteCosts,
}
