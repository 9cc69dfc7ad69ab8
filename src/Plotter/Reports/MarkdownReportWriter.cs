using System.Globalization;
using System.Text;
using static Lab.Plotter.Reports.ReportFormat;

namespace Lab.Plotter.Reports;

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
        text.AppendLine(report.Sources);
        text.AppendLine(Invariant($"Rules: one value per launch (the median of its iterations), or per process for in-process pairs (its median per-pair log ratio; signed-rank over processes). Per cell, the ratio diff / base (above 1 is slower) with its exact distribution-free interval: rounds as pairs (signed-rank over the per-round log ratios) when the rounds allow it, otherwise launch medians as independent samples (Mann-Whitney / Moses). Each interval is drawn at the cell's Holm level, so the chance of any false Slower or Faster over all {report.Cells.Count} cells is at most {Number(s.Alpha)}. **Slower** when the whole interval lies above 1 and the ratio beyond 1 + threshold ({Percent(s.RelativeThreshold)}, or {Number(s.NoiseNs)} ns over the base median if larger), **Faster** symmetrically, **Same** when neither holds and the cell's equivalence interval ({Confidence(1 - (2 * s.Alpha))}: two one-sided tests at {Number(s.Alpha)} for that cell) lies inside 1 ± {Percent(s.SameMargin)} (the margin; at least the threshold), _Inconclusive_ otherwise (or under {s.MinLaunches} launches a side). \"Caught beyond\": a change larger than this would have been caught (the interval's half-width, or the threshold if larger)."));
        text.AppendLine();
        var verdict = report.HasRegression ? "**Regression**" : "No regression";
        text.AppendLine(Invariant($"{verdict}: {report.Count(Verdict.Slower)} Slower, {report.Count(Verdict.Faster)} Faster, {report.Count(Verdict.Same)} Same, {report.Count(Verdict.Inconclusive)} Inconclusive of {report.Cells.Count} common cells ({report.Count(ComparisonMode.Paired)} paired, {report.Count(ComparisonMode.Launches)} by launches, {report.Count(ComparisonMode.InProcess)} in process)."));
        var withInterval = report.Cells.Where(c => double.IsFinite(c.Width)).Select(c => c.Detectable).Order().ToList();
        if (withInterval.Count > 0)
        {
            text.AppendLine(Invariant($"Smallest change that would have been caught: median {Percent(CellSamples.Median(withInterval))}, worst {Percent(withInterval[^1])} over the {withInterval.Count} cells with an interval."));
        }

        var unreachable = report.Cells.Count(c => c.Verdict == Verdict.Inconclusive && !double.IsFinite(c.Width));
        if (unreachable > 0)
        {
            text.AppendLine(Invariant($"{unreachable} cells have no interval at their level: {report.Cells.Count} cells at family-wise {Number(s.Alpha)} need at least {report.FewestReplicatesForAllCells} {(report.Count(ComparisonMode.InProcess) > 0 ? "processes (`scripts/lab paired --processes`)" : "launches a side (`scripts/lab compare --rounds`, `--launches`)")}."));
        }

        text.AppendLine(Invariant($"Geometric mean of the ratios: {Ratio(ComparisonReport.GeometricMean(report.Cells))} over all {report.Cells.Count} cells."));
        AppendMissing(text, "Only in base (not compared)", report.OnlyInBase);
        AppendMissing(text, "Only in diff (not compared)", report.OnlyInDiff);
        text.AppendLine();
        text.AppendLine(Invariant($"| cell | verdict | mode | ratio | bounds (confidence) | caught beyond | equivalence bounds ({Confidence(1 - (2 * s.Alpha))}) | base median ns | diff median ns | base launches (iterations) | diff launches (iterations) | note |"));
        text.AppendLine("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|");
        foreach (var c in report.Cells)
        {
            text.AppendLine(Invariant(
                $"| `{c.Cell}` | {Mark(c.Verdict)} | {c.Mode.Name()} | {Ratio(c.Ratio)} | {Bounds(c)} | {Caught(c)} | {SameBounds(c)} | {Ns(c.Base.MedianNs)} | {Ns(c.Diff.MedianNs)} | {Size(c.Base)} | {Size(c.Diff)} | {c.Note} |"));
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

    private static string Bounds(CellComparison c)
        => double.IsFinite(c.Width) ? Invariant($"[{Ratio(c.RatioLower)}, {Ratio(c.RatioUpper)}] ({Confidence(c.Confidence)})") : "none";

    private static string SameBounds(CellComparison c)
        => c.SameLower > 0 && double.IsFinite(c.SameUpper) ? Invariant($"[{Ratio(c.SameLower)}, {Ratio(c.SameUpper)}]") : "none";

    private static string Caught(CellComparison c) => double.IsFinite(c.Width) ? Percent(c.Detectable) : "-";

    private static string Confidence(double confidence) => (confidence * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    private static string Size(SampleSummary side) => Invariant($"{side.Launches} ({side.Iterations})");

    private static string Mark(Verdict verdict) => verdict switch
    {
        Verdict.Slower => "**Slower**",
        Verdict.Faster => "Faster",
        Verdict.Inconclusive => "_Inconclusive_",
        _ => "Same",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
