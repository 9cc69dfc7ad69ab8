
namespace Lab.Plotter.Analysis;

/// <summary>
/// A design target evaluated at one size: the figure (a ratio, or ns / bytes), pass or miss, or
/// not measured (<see cref="Figure"/> null) with the rows that were missing.
/// </summary>
internal sealed record TargetResult(TargetDefinition Target, int? Size, double? Figure, SummaryRow? Measured, SummaryRow? Baseline, string? Missing)
{
    public bool? Passed => Figure is { } figure ? figure <= Target.Limit : null;
}
