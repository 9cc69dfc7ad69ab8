namespace Lab.Plotter.Analysis;

/// <summary>Whether a map ties with a cell's leader, and how that was judged.</summary>
internal sealed record TieDecision(bool IsTie, TieMethod Method);
