using System.Globalization;
using System.Text;
using static Lab.Plotter.Comparison.ReportFormat;

namespace Lab.Plotter.Comparison;

/// <summary>
/// The human report: a summary (verdict counts, geometric mean, the rules) and one table row per
/// common cell, worst ratio first. GitHub-flavoured Markdown, fit for a CI job summary.
/// </summary>
internal static class MarkdownReportWriter
{
    public const string FileName = "comparison.md";

    public static string Render(ComparisonReport report)
    {
        var s = report.Settings;
        var text = new StringBuilder();
        text.AppendLine("## Performance comparison");
        text.AppendLine();
        text.AppendLine(Invariant($"Base: {Folders(report.Base)} ({report.Base.Launches} launches). Diff: {Folders(report.Diff)} ({report.Diff.Launches} launches)."));
        text.AppendLine(Invariant($"Rules: one value per launch (the median of its iterations); Mann-Whitney equivalence test of those values at {Percent(s.RelativeThreshold)} and at a noise floor of {Number(s.NoiseNs)} ns, alpha {Number(s.Alpha)}; Noisy when a side has fewer than {s.MinLaunches} launches, launch medians spread above {Percent(s.MaxRelativeSpread)} (relative) or more than one mode. Ratio = diff / base, above 1 is slower; bounds at {Percent(1 - s.Alpha)}."));
        text.AppendLine();
        var verdict = report.HasRegression ? "**Regression**" : "No regression";
        text.AppendLine(Invariant($"{verdict}: {report.Count(Verdict.Slower)} Slower, {report.Count(Verdict.Faster)} Faster, {report.Count(Verdict.Same)} Same, {report.Count(Verdict.Noisy)} Noisy of {report.Cells.Count} common cells."));
        var judged = report.Cells.Where(c => c.Verdict != Verdict.Noisy).ToList();
        text.AppendLine(Invariant($"Geometric mean of the ratios: {Ratio(ComparisonReport.GeometricMean(report.Cells))} over all {report.Cells.Count} cells, {Ratio(ComparisonReport.GeometricMean(judged))} over the {judged.Count} cells not Noisy."));
        AppendMissing(text, "Only in base (not compared)", report.OnlyInBase);
        AppendMissing(text, "Only in diff (not compared)", report.OnlyInDiff);
        text.AppendLine();
        text.AppendLine("| cell | verdict | ratio | bounds | base median ns | diff median ns | base launches (iterations) | diff launches (iterations) | note |");
        text.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|---|");
        foreach (var c in report.Cells)
        {
            text.AppendLine(Invariant(
                $"| `{c.Cell}` | {Mark(c.Verdict)} | {Ratio(c.Ratio)} | [{Ratio(c.RatioLower)}, {Ratio(c.RatioUpper)}] | {Ns(c.Base.MedianNs)} | {Ns(c.Diff.MedianNs)} | {Size(c.Base)} | {Size(c.Diff)} | {c.Note} |"));
        }

        return text.ToString();
    }

    public static void Write(ComparisonReport report, string path)
        => AtomicFile.Write(path, stream =>
        {
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(report));
            stream.Write(bytes);
        });

    private static void AppendMissing(StringBuilder text, string title, IReadOnlyList<string> cells)
    {
        if (cells.Count > 0)
        {
            text.AppendLine(Invariant($"{title}: {cells.Count} cells: {string.Join(", ", cells.Select(c => $"`{c}`"))}."));
        }
    }

    private static string Size(SampleSummary side) => Invariant($"{side.Launches} ({side.Iterations})");

    private static string Folders(SideSamples side) => string.Join(", ", side.Folders.Select(f => $"`{f}`"));

    private static string Mark(Verdict verdict) => verdict switch
    {
        Verdict.Slower => "**Slower**",
        Verdict.Faster => "Faster",
        Verdict.Noisy => "_Noisy_",
        _ => "Same",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
