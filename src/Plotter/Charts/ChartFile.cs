namespace Lab.Plotter.Charts;

/// <summary>A rendered chart: its file name inside <c>charts/</c>, family and title.</summary>
internal sealed record ChartFile(string FileName, ChartKind Kind, string Title);
