namespace Lab.Plotter.Analysis;

/// <summary>What a rate decision compares (a <see cref="RateDecision"/>'s advantage is oriented so that above 1 favours map A).</summary>
internal enum RateMetric
{
    /// <summary>Reads per second, all readers (higher is better): advantage = A's / B's.</summary>
    ReaderThroughput,

    /// <summary>Read latency p99.9 (lower is better): advantage = B's / A's.</summary>
    ReaderP999,
}
