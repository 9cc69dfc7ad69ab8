namespace Lab.Plotter.Charts;

/// <summary>The chart families (issue 4, then the key distributions and churn of issue 11), in report order.</summary>
internal enum ChartKind
{
    ThroughputVsThreads,
    ThroughputVsWriteShare,
    NsPerOp,
    BytesPerOp,
    GcPer1kOps,
    Winners,
    WriteCosts,
    KeyDistributions,
    Churn,
}
