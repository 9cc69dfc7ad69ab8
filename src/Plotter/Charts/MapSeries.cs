namespace Lab.Plotter.Charts;

/// <summary>The points of one map in a chart, in ascending <see cref="SeriesPoint.X"/>.</summary>
internal sealed record MapSeries(string Map, IReadOnlyList<SeriesPoint> Points)
{
    public IEnumerable<double> AllValues => Points.SelectMany(p => new[] { p.Value, p.Lower ?? p.Value, p.Upper ?? p.Value });
}
