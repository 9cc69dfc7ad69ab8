namespace Lab.Plotter.Analysis;

/// <summary>The summary.csv figure a design target compares.</summary>
internal enum TargetMetric
{
    /// <summary><c>ns_per_op</c>.</summary>
    NsPerOp,

    /// <summary><c>bytes_per_op</c>.</summary>
    BytesPerOp,
}
