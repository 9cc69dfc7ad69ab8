namespace Lab.Plotter.Statistics;

/// <summary>The result of <see cref="PowerEstimator"/>: per cell, the chance of Slower at each factor.</summary>
/// <param name="Factors">The slowdowns tried, ascending (1.1 = 10% slower).</param>
/// <param name="Method">How the halves were drawn, for the report.</param>
/// <param name="Splits">Random re-splits (or bootstrap draws) per factor.</param>
/// <param name="Cells">Per cell, in cell order.</param>
/// <param name="FamilyFalseAlarmRate">Share of unscaled re-splits with at least one Slower or Faster cell.</param>
/// <param name="InconclusiveRate">Share of cells Inconclusive over the unscaled re-splits.</param>
internal sealed record PowerEstimate(
    IReadOnlyList<double> Factors,
    string Method,
    int Splits,
    IReadOnlyList<CellPower> Cells,
    double FamilyFalseAlarmRate,
    double InconclusiveRate);
