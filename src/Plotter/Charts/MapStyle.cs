using ScottPlot;

namespace Lab.Plotter.Charts;

/// <summary>How one map is drawn in every chart: color, marker and line pattern.</summary>
internal sealed record MapStyle(Color Color, MarkerShape Marker, LinePattern Pattern);
