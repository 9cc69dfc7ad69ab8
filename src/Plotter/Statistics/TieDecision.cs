namespace Lab.Plotter.Statistics;

/// <summary>How a map compares with its cell's leader in the matrix report (<see cref="TieJudge"/>).</summary>
/// <param name="Map">The map compared with the leader.</param>
/// <param name="Comparison">The comparison's judgment of the map's iterations against the leader's: its ratio is map / leader.</param>
internal sealed record TieDecision(string Map, CellComparison Comparison)
{
    /// <summary>Tied: Same by the comparison's rule (the equivalence interval inside 1 ± margin).</summary>
    public bool IsTie => Comparison.Verdict == Verdict.Same;

    /// <summary>Neither tied nor separated: the data cannot tell (Inconclusive, or faster by rank though slower by mean).</summary>
    public bool IsUndecided => Comparison.Verdict is Verdict.Inconclusive or Verdict.Faster;

    /// <summary>Whether the iterations were enough to test at all.</summary>
    public bool Tested => !Comparison.Note.StartsWith("too few", StringComparison.Ordinal);
}
