
namespace Lab.Plotter.Charts;

/// <summary>Everything a chart family needs: the matrix, the winner verdicts, the machine caption, the output folder.</summary>
internal sealed record ChartContext(MatrixView Matrix, IReadOnlyList<CellVerdict> Verdicts, string Caption, string Folder);
