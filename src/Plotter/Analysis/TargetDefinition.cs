namespace Lab.Plotter.Analysis;

/// <summary>
/// One design target as data. With a <see cref="Baseline"/> the measured figure is the ratio
/// measured / baseline (same size); without, it is the measured row's own figure. The target passes
/// when the figure is at most <see cref="Limit"/>.
/// </summary>
internal sealed record TargetDefinition(
    string Name,
    string Requirement,
    TargetOperand Measured,
    TargetOperand? Baseline,
    TargetMetric Metric,
    double Limit);
