namespace Lab.Plotter.Charts;

/// <summary>The chart families (issue 4, the key distributions and churn of issue 11, the rate runs of issue 12), in report order.</summary>
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

    /// <summary>Rate runs: reader p99.9 vs write rate.</summary>
    RateReaderTail,

    /// <summary>Rate runs: reader throughput vs write rate.</summary>
    RateReaderThroughput,

    /// <summary>Rate runs: read latency by percentile (HdrHistogram style) at one size and rate.</summary>
    RatePercentiles,

    /// <summary>Rate runs: visibility lag vs write rate.</summary>
    RateVisibilityLag,

    /// <summary>Rate runs: GC pause time per second vs write rate.</summary>
    RateGcPause,

    /// <summary>The decision chart of a rate run: the recommended map per write rate and size, one chart per readers count (<see cref="DecisionChart"/>).</summary>
    Decision,
}
