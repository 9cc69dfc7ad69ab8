namespace Lab.Plotter.Data;

/// <summary>One measured workload iteration of one cell (a row of measurements.csv).</summary>
internal sealed record Measurement(CellKey Cell, int Launch, int Iteration, double NsPerOp);
