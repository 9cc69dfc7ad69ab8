namespace Lab.Plotter.Charts;

/// <summary>One value of a map's series at category position <see cref="X"/>, with its confidence bounds when known.</summary>
internal sealed record SeriesPoint(double X, double Value, double? Lower = null, double? Upper = null);
