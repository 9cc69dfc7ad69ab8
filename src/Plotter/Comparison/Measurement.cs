namespace Lab.Plotter.Comparison;

/// <summary>One measured iteration of one cell: a row of <c>measurements.csv</c>.</summary>
/// <param name="Cell">Stable cell id, <c>scenario/map/mix/size/threads/keys</c>.</param>
/// <param name="Launch">1-based process launch index.</param>
/// <param name="Iteration">1-based workload iteration index within the launch.</param>
/// <param name="NsPerOp">Nanoseconds per operation of that iteration; finite and positive.</param>
internal sealed record Measurement(string Cell, int Launch, int Iteration, double NsPerOp);
