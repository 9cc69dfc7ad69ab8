namespace Lab.Plotter.Comparison;

/// <summary>What the report shows of one side's samples of one cell.</summary>
/// <param name="Count">Iterations pooled over all launches.</param>
/// <param name="MedianNs">Median ns/op.</param>
/// <param name="RelativeSpread">Pragmastat RelSpread (Shamos spread over the Hodges-Lehmann center); NaN under 2 samples.</param>
/// <param name="Modes">Modes found by Perfolizer's LowlandModalityDetector (1 = unimodal).</param>
internal sealed record SampleSummary(int Count, double MedianNs, double RelativeSpread, int Modes);
