namespace Lab.Plotter.Comparison;

/// <summary>The judgment of one cell common to both sides.</summary>
/// <param name="Cell">Cell id.</param>
/// <param name="Verdict">Faster, Same, Slower or Noisy.</param>
/// <param name="Ratio">Diff over base (Pragmastat Ratio: median of the pairwise ratios); above 1 is slower.</param>
/// <param name="RatioLower">Lower confidence bound of <paramref name="Ratio"/>.</param>
/// <param name="RatioUpper">Upper confidence bound of <paramref name="Ratio"/>.</param>
/// <param name="Base">Summary of the base samples.</param>
/// <param name="Diff">Summary of the diff samples.</param>
/// <param name="Note">Why a cell is Noisy; empty otherwise.</param>
internal sealed record CellComparison(
    string Cell,
    Verdict Verdict,
    double Ratio,
    double RatioLower,
    double RatioUpper,
    SampleSummary Base,
    SampleSummary Diff,
    string Note);
