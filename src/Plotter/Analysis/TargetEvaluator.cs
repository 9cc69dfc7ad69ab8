
namespace Lab.Plotter.Analysis;

/// <summary>
/// Evaluates <see cref="DesignTargets"/> against the <c>targets</c> rows of a run (single thread,
/// uniform keys). A target without a fixed size is evaluated at every size that has its measured row;
/// missing rows give a "not measured" result, never an exception. Results keep the table's order, then size.
/// </summary>
internal static class TargetEvaluator
{
    public static IReadOnlyList<TargetResult> Evaluate(BenchmarkResults results, IReadOnlyList<TargetDefinition> targets)
    {
        var rows = results.Summary
            .Where(row => row.Cell is { Scenario: ScenarioNames.Targets, Threads: 1, Keys: "uniform" })
            .ToDictionary(row => (row.Cell.Map, row.Cell.Mix, Size: row.Cell.PlottedSize()));
        var output = new List<TargetResult>();
        foreach (var target in targets)
        {
            var sizes = target.Measured.Size is { } fixedSize
                ? [fixedSize]
                : rows.Keys.Where(key => key.Map == target.Measured.Map && key.Mix == target.Measured.Mix).Select(key => key.Size).Order().ToList();
            if (sizes.Count == 0)
            {
                output.Add(new TargetResult(target, null, null, null, null, target.Measured.Describe(null)));
                continue;
            }

            output.AddRange(sizes.Select(size => EvaluateAt(target, size, rows)));
        }

        return output;
    }

    private static TargetResult EvaluateAt(TargetDefinition target, int size, Dictionary<(string, string, int), SummaryRow> rows)
    {
        var measured = rows.GetValueOrDefault((target.Measured.Map, target.Measured.Mix, size));
        var baseline = target.Baseline is { } operand ? rows.GetValueOrDefault((operand.Map, operand.Mix, operand.Size ?? size)) : null;
        var missing = new List<string>();
        var measuredFigure = measured is null ? null : Figure(measured, target.Metric);
        var baselineFigure = baseline is null ? null : Figure(baseline, target.Metric);
        if (measuredFigure is null)
        {
            missing.Add(target.Measured.Describe(size));
        }

        if (target.Baseline is not null && baselineFigure is not > 0)
        {
            missing.Add(target.Baseline.Describe(size));
        }

        if (missing.Count > 0)
        {
            return new TargetResult(target, size, null, measured, baseline, string.Join(", ", missing));
        }

        var figure = target.Baseline is null ? measuredFigure!.Value : measuredFigure!.Value / baselineFigure!.Value;
        return new TargetResult(target, size, figure, measured, baseline, null);
    }

    private static double? Figure(SummaryRow row, TargetMetric metric)
        => metric == TargetMetric.NsPerOp ? row.NsPerOp : row.BytesPerOp;
}
