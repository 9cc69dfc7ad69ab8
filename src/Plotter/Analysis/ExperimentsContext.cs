
namespace Lab.Plotter.Analysis;

/// <summary>What the claim evaluators read and where their charts go.</summary>
/// <param name="Data">experiments.csv.</param>
/// <param name="Matrix">The matrix run claim 6 is read from, or <see langword="null"/> when none was found.</param>
/// <param name="MatrixFolder">That run's folder, for the report.</param>
/// <param name="Caption">Machine caption for the charts.</param>
/// <param name="ChartsFolder">Where the charts are written.</param>
internal sealed record ExperimentsContext(ExperimentData Data, BenchmarkResults? Matrix, string? MatrixFolder, string Caption, string ChartsFolder)
{
    public const string ChartsFolderName = "experiments-charts";
}
