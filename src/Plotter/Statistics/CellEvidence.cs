namespace Lab.Plotter.Statistics;

/// <summary>
/// What one cell's samples say before the family's levels are known: the comparison mode, its exact
/// shift inference and the summaries the report shows. A cell with a <see cref="Note"/> (a side has
/// too few launches) is not tested: its p-value is 1 and it is Inconclusive.
/// </summary>
/// <param name="Cell">Cell id.</param>
/// <param name="Mode">How the sides are compared.</param>
/// <param name="Shift">Exact inference on log(diff / base).</param>
/// <param name="Threshold">The cell's threshold (relative threshold, or noise floor over base median if larger).</param>
/// <param name="Margin">The cell's equivalence margin for Same (at least its threshold).</param>
/// <param name="Base">Summary of the base samples.</param>
/// <param name="Diff">Summary of the diff samples.</param>
/// <param name="Note">Why the cell is not tested; empty when it is.</param>
/// <param name="EquivalenceLevel">
/// Two-sided level of the interval that decides Same: 2 alpha, so that Same is an equivalence test
/// (two one-sided tests) at alpha for the cell.
/// </param>
internal sealed record CellEvidence(
    string Cell,
    ComparisonMode Mode,
    ShiftInterval Shift,
    double Threshold,
    double Margin,
    SampleSummary Base,
    SampleSummary Diff,
    string Note,
    double EquivalenceLevel = 0.02)
{
    /// <summary>Whether the cell is tested (both sides have enough launches).</summary>
    public bool Tested => Note.Length == 0;

    /// <summary>The exact two-sided p-value of "no change"; 1 when the cell is not tested.</summary>
    public double PValue => Tested ? Shift.PValue : 1;
}
