namespace Lab.Plotter.Statistics;

/// <summary>What the report shows of one side's samples of one cell; the statistics are over launch medians.</summary>
/// <param name="Launches">Launches (one value each: the median of its iterations), over all rounds.</param>
/// <param name="Iterations">Iterations over all launches.</param>
/// <param name="MedianNs">Median of the launch medians, ns/op.</param>
/// <param name="RelativeSpread">Pragmastat RelSpread of the launch medians (Shamos spread over the Hodges-Lehmann center); NaN under 2 launches. Shown, not judged.</param>
internal sealed record SampleSummary(int Launches, int Iterations, double MedianNs, double RelativeSpread);
