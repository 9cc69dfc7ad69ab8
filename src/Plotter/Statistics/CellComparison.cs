namespace Lab.Plotter.Statistics;

/// <summary>The judgment of one cell common to both sides.</summary>
/// <param name="Cell">Cell id.</param>
/// <param name="Verdict">Slower, Same, Faster or Inconclusive, read from the interval.</param>
/// <param name="Mode">How the sides were compared (rounds as pairs, or launches as independent samples).</param>
/// <param name="Ratio">Diff over base: exp of the Hodges-Lehmann shift of the logs; above 1 is slower.</param>
/// <param name="RatioLower">Lower bound of <paramref name="Ratio"/> at <paramref name="Confidence"/>; 0 when the level cannot be reached.</param>
/// <param name="RatioUpper">Upper bound at <paramref name="Confidence"/>; +infinity when the level cannot be reached.</param>
/// <param name="Confidence">1 - the cell's Holm level: the confidence of the bounds.</param>
/// <param name="Threshold">The cell's threshold: the relative threshold, or the noise floor over the base median if larger.</param>
/// <param name="Margin">The cell's equivalence margin: Same needs the interval inside 1 ± margin.</param>
/// <param name="Base">Summary of the base samples.</param>
/// <param name="Diff">Summary of the diff samples.</param>
/// <param name="Note">Why a cell is Inconclusive without an interval; empty otherwise.</param>
/// <param name="SameLower">Lower bound of the equivalence interval (two-sided level 2 alpha) that decides Same; 0 when unreachable.</param>
/// <param name="SameUpper">Its upper bound; +infinity when unreachable.</param>
internal sealed record CellComparison(
    string Cell,
    Verdict Verdict,
    ComparisonMode Mode,
    double Ratio,
    double RatioLower,
    double RatioUpper,
    double Confidence,
    double Threshold,
    double Margin,
    SampleSummary Base,
    SampleSummary Diff,
    string Note,
    double SameLower = 0,
    double SameUpper = double.PositiveInfinity)
{
    /// <summary>
    /// Geometric half-width of the interval, sqrt(upper / lower) - 1 (+infinity without an interval):
    /// a change of about this much (or the threshold, if larger) moves the whole interval off 1, so a
    /// larger change would have been caught.
    /// </summary>
    public double Width => RatioLower > 0 && double.IsFinite(RatioUpper) ? Math.Sqrt(RatioUpper / RatioLower) - 1 : double.PositiveInfinity;

    /// <summary>The smallest change this cell could have reported: the larger of <see cref="Width"/> and <see cref="Threshold"/>.</summary>
    public double Detectable => Math.Max(Width, Threshold);
}
