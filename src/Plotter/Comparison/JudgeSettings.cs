namespace Lab.Plotter.Comparison;

/// <summary>The rules a cell is judged by; <see cref="Default"/> is what the CLI uses unless told.</summary>
/// <param name="RelativeThreshold">Smallest relative change reported, as a fraction (0.05 = 5%).</param>
/// <param name="NoiseNs">Absolute noise floor in ns/op: a change must also exceed it.</param>
/// <param name="Alpha">Significance level of each one-sided Mann-Whitney test; bounds are at 1 - Alpha.</param>
/// <param name="MinLaunches">Fewer launches than this on either side makes the cell Noisy.</param>
/// <param name="MaxRelativeSpread">Pragmastat RelSpread of a side's launch medians above this makes the cell Noisy.</param>
internal sealed record JudgeSettings(
    double RelativeThreshold,
    double NoiseNs,
    double Alpha,
    int MinLaunches,
    double MaxRelativeSpread)
{
    public static JudgeSettings Default { get; } = new(
        RelativeThreshold: 0.05,
        NoiseNs: 0.5,
        Alpha: 0.01,
        MinLaunches: 5,
        MaxRelativeSpread: 0.20);
}
