namespace Lab.Plotter.Analysis;

/// <summary>One claim's section of EXPERIMENTS.md.</summary>
/// <param name="Number">The claim's number in issue 13.</param>
/// <param name="Title">Short title (curriculum task).</param>
/// <param name="Quote">The claim in the curriculum's words.</param>
/// <param name="Conditions">What was measured, how, and under which conditions.</param>
/// <param name="Figures">Markdown lines: the measured figures with units.</param>
/// <param name="Verdict">The verdict the rule computed.</param>
/// <param name="Rule">The rule, in words.</param>
/// <param name="Headline">One line for the summary table.</param>
/// <param name="Charts">Chart file names, relative to the charts folder.</param>
internal sealed record ClaimReport(
    int Number,
    string Title,
    string Quote,
    string Conditions,
    IReadOnlyList<string> Figures,
    ClaimVerdict Verdict,
    string Rule,
    string Headline,
    IReadOnlyList<string> Charts)
{
    public static ClaimReport NotMeasured(int number, string title, string quote, string why)
        => new(number, title, quote, why, [], ClaimVerdict.NotMeasured, "-", why, []);
}
