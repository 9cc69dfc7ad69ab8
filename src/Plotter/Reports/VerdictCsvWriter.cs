namespace Lab.Plotter.Reports;

/// <summary>
/// The machine-readable verdicts (<see cref="VerdictRow"/>): one row per common cell, worst ratio first.
/// Medians and spreads are those of the launch medians. A bound the samples cannot reach at the cell's level
/// is written empty (ratio_lower, ratio_upper, width, same_lower, same_upper).
/// </summary>
internal static class VerdictCsvWriter
{
    public static void Write(ComparisonReport report, string path)
        => AtomicFile.Write(path, stream =>
        {
            using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            using var rows = VerdictRow.Table.OpenWriter(text);
            foreach (var c in report.Cells)
            {
                rows.Write(new VerdictRow
                {
                    Cell = c.Cell,
                    Verdict = c.Verdict.ToString(),
                    Mode = c.Mode.Name(),
                    Ratio = c.Ratio,
                    RatioLower = Bound(c.RatioLower),
                    RatioUpper = Bound(c.RatioUpper),
                    Width = Finite(c.Width),
                    Confidence = c.Confidence,
                    Threshold = c.Threshold,
                    Margin = c.Margin,
                    SameLower = Bound(c.SameLower),
                    SameUpper = Bound(c.SameUpper),
                    BaseMedianNs = Finite(c.Base.MedianNs),
                    DiffMedianNs = Finite(c.Diff.MedianNs),
                    BaseLaunches = c.Base.Launches,
                    DiffLaunches = c.Diff.Launches,
                    BaseIterations = c.Base.Iterations,
                    DiffIterations = c.Diff.Iterations,
                    BaseRelSpread = Finite(c.Base.RelativeSpread),
                    DiffRelSpread = Finite(c.Diff.RelativeSpread),
                    Note = c.Note,
                });
            }
        });

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static double? Bound(double value) => value > 0 && double.IsFinite(value) ? value : null;
}
