namespace Lab.Plotter.Analysis;

/// <summary>The rule rate decisions are made by.</summary>
/// <param name="Margin">Equivalence margin: Tie needs the advantage's interval inside [1 / (1 + margin), 1 + margin].</param>
/// <param name="Confidence">The confidence asked of each interval (<see cref="ReplicateRatio"/>); with 3 replicates 75% is what min..max reaches.</param>
internal sealed record RateDecisionSettings(double Margin, double Confidence)
{
    /// <summary>±10% margin, 75% intervals (min..max of 3 replicates).</summary>
    public static RateDecisionSettings Default { get; } = new(0.10, ReplicateRatio.DefaultConfidence);
}
