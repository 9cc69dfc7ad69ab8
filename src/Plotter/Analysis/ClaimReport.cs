namespace Lab.Plotter.Analysis;

/// <summary>One claim's section of EXPERIMENTS.md.</summary>
/// <param name="Number">The claim's number in issue 13.</param>
/// <param name="Title">Short title (curriculum task).</param>
/// <param name="Quote">The claim in the curriculum's words.</param>
/// <param name="Conditions">What was measured, how, and under which conditions.</param>
/// <param name="Figures">Markdown lines: the measured figures with units.</param>
/// <param name="Parts">Every part of the claim with its own verdict; the claim's verdict is the weakest (<see cref="Verdict"/>).</param>
/// <param name="Rule">The rule, in words.</param>
/// <param name="Headline">One line for the summary table.</param>
/// <param name="Charts">Chart file names, relative to the charts folder.</param>
internal sealed record ClaimReport(
    int Number,
    string Title,
    string Quote,
    string Conditions,
    IReadOnlyList<string> Figures,
    IReadOnlyList<ClaimPart> Parts,
    string Rule,
    string Headline,
    IReadOnlyList<string> Charts)
{
    /// <summary>The weakest of the parts' verdicts (<see cref="VerdictRules.Weakest"/>); not measured without parts.</summary>
    public ClaimVerdict Verdict => VerdictRules.Weakest(Parts.Select(part => part.Verdict));

    public static ClaimReport NotMeasured(int number, string title, string quote, string why)
        => new(number, title, quote, why, [], [], "-", why, []);
}
