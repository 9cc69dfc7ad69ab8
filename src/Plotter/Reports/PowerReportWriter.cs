using System.Globalization;
using System.Text;
using static Lab.Plotter.Reports.ReportFormat;

namespace Lab.Plotter.Reports;

/// <summary>How <c>power</c> prints a <see cref="PowerEstimate"/>: a Markdown table, or the few lines scripts print before a comparison.</summary>
internal static class PowerReportWriter
{
    /// <summary>The share of runs in which a slowdown counts as caught.</summary>
    public const double Target = 0.8;

    /// <summary>A few lines: per factor, the cells caught in 80% of draws; the worst cell; the family's false alarms.</summary>
    public static string RenderSummary(PowerEstimate estimate)
    {
        var text = new StringBuilder();
        var caught = estimate.Cells.Select(c => (c.Cell, Smallest: c.SmallestDetected(estimate.Factors, Target))).ToList();
        text.AppendLine(Invariant($"expected power ({estimate.Method}, {estimate.Cells.Count} cells): cells whose slowdown is caught in {Percent(Target)} of runs:"));
        text.AppendLine(string.Join(", ", estimate.Factors.Select(f => Invariant($"{Percent(f - 1)}: {caught.Count(c => c.Smallest is { } s && s <= f)}"))));
        var worst = caught.OrderByDescending(c => c.Smallest ?? double.PositiveInfinity).First();
        text.AppendLine(Invariant($"worst cell {worst.Cell}: {(worst.Smallest is { } w ? Percent(w - 1) : "> " + Percent(estimate.Factors[^1] - 1))}; family-wise false alarms {Percent(estimate.FamilyFalseAlarmRate)}, Inconclusive {Percent(estimate.InconclusiveRate)} of cells"));
        return text.ToString();
    }

    /// <summary>The Markdown table: one row per cell, power per factor, smallest slowdown caught at 80%.</summary>
    public static string Render(PowerEstimate estimate, JudgeSettings settings)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"## Power from {estimate.Method} ({estimate.Splits} draws per factor, {estimate.Cells.Count} cells, family-wise alpha {Number(settings.Alpha)}, threshold {Percent(settings.RelativeThreshold)})"));
        text.AppendLine();
        text.AppendLine(Invariant($"Unscaled draws: {Percent(estimate.FamilyFalseAlarmRate)} hold at least one Slower or Faster cell (family-wise false alarms); {Percent(estimate.InconclusiveRate)} of cells Inconclusive."));
        var caught = estimate.Cells.Select(c => c.SmallestDetected(estimate.Factors, Target)).ToList();
        text.AppendLine(Invariant($"Cells whose slowdown is caught in {Percent(Target)} of draws at some factor tried: {caught.Count(c => c is not null)} of {estimate.Cells.Count}."));
        text.AppendLine();
        text.Append("| cell | launches | median width (A/A) |");
        foreach (var f in estimate.Factors)
        {
            text.Append(Invariant($" P(Slower) at x{Number(f)} |"));
        }

        text.AppendLine(" smallest slowdown caught at 80% |");
        text.Append("|---|--:|--:|");
        text.Append(string.Concat(estimate.Factors.Select(_ => "--:|")));
        text.AppendLine("--:|");
        foreach (var (cell, smallest) in estimate.Cells.Zip(caught))
        {
            var width = double.IsFinite(cell.MedianWidth) ? Percent(cell.MedianWidth) : "none";
            text.Append(Invariant($"| `{cell.Cell}` | {cell.BaseLaunches} vs {cell.DiffLaunches} | {width} |"));
            foreach (var p in cell.Power)
            {
                text.Append(Invariant($" {p:0.00} |"));
            }

            text.AppendLine(smallest is { } f ? Invariant($" {Percent(f - 1)} |") : Invariant($" > {Percent(estimate.Factors[^1] - 1)} |"));
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
