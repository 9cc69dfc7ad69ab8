using System.Globalization;
using CsvHelper;

namespace Lab.Plotter.Comparison;

/// <summary>
/// The machine-readable verdicts: one row per common cell, worst ratio first, invariant culture,
/// numbers round-trippable. Medians and spreads are those of the launch medians. A bound the samples
/// cannot reach at the cell's level is written empty (ratio_lower, ratio_upper, width).
/// </summary>
internal static class VerdictCsvWriter
{
    public const string FileName = "verdicts.csv";

    public static readonly string[] Columns =
    [
        "cell", "verdict", "mode", "ratio", "ratio_lower", "ratio_upper", "width", "confidence", "threshold", "margin", "same_lower", "same_upper",
        "base_median_ns", "diff_median_ns", "base_launches", "diff_launches", "base_iterations", "diff_iterations",
        "base_rel_spread", "diff_rel_spread", "note",
    ];

    public static void Write(ComparisonReport report, string path)
        => AtomicFile.Write(path, stream =>
        {
            var options = new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false, NewLine = "\n" };
            using var csv = CsvWriter.Create(stream, options, true);
            csv.WriteHeader(Columns);
            foreach (var c in report.Cells)
            {
                csv.WriteRecord(
                [
                    c.Cell, c.Verdict.ToString(), MarkdownReportWriter.ModeName(c.Mode), Number(c.Ratio), Bound(c.RatioLower), Bound(c.RatioUpper),
                    Number(c.Width), Number(c.Confidence), Number(c.Threshold), Number(c.Margin), Bound(c.SameLower), Bound(double.IsFinite(c.SameUpper) ? c.SameUpper : 0),
                    Number(c.Base.MedianNs), Number(c.Diff.MedianNs), Number(c.Base.Launches), Number(c.Diff.Launches), Number(c.Base.Iterations), Number(c.Diff.Iterations),
                    Number(c.Base.RelativeSpread), Number(c.Diff.RelativeSpread), c.Note,
                ]);
            }
        });

    private static string Number(double value) => double.IsFinite(value) ? ReportFormat.Number(value) : "";

    private static string Bound(double value) => value > 0 ? Number(value) : "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
