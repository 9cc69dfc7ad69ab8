namespace Lab.Plotter.Analysis;

/// <summary>
/// One part of a claim (a claimed factor at one size, "scales linearly", "suffers under contention" ...) with its own
/// verdict; a claim's verdict is the weakest of its parts (<see cref="VerdictRules.Weakest"/>).
/// </summary>
/// <param name="Statement">What the part claims, where (size, writers, mix).</param>
/// <param name="Evidence">The measured figure the rule judged, with its interval where measured over several points.</param>
/// <param name="Verdict">The part's verdict by its rule.</param>
internal sealed record ClaimPart(string Statement, string Evidence, ClaimVerdict Verdict);
