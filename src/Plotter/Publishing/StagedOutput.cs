namespace Lab.Plotter.Publishing;

/// <summary>
/// Writes a run's outputs into a hidden staging folder next to them and publishes them only when
/// everything rendered: the old <c>charts/</c> is swapped out, the new one moved in, REPORT.md replaced.
/// On failure the staging folder is deleted and the previous charts and report stay untouched, so no
/// partial chart set is ever left behind.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    public const string ChartsFolderName = "charts";

    private const string stagingName = ".plot-staging";
    private const string retiredChartsName = ".plot-retired-charts";

    private readonly string folder;

    public StagedOutput(string folder)
    {
        this.folder = folder;
        StagingFolder = Path.Combine(folder, stagingName);
        DeleteIfPresent(StagingFolder);
        Directory.CreateDirectory(ChartsFolder);
    }

    public string StagingFolder { get; }

    public string ChartsFolder => Path.Combine(StagingFolder, ChartsFolderName);

    public string ReportPath => Path.Combine(StagingFolder, ReportWriter.FileName);

    /// <summary>Where the decision page (ANSWER.md) is written before it is published beside the report.</summary>
    public string AnswerPath => Path.Combine(StagingFolder, AnswerWriter.FileName);

    public void Publish()
    {
        var charts = Path.Combine(folder, ChartsFolderName);
        var retired = Path.Combine(folder, retiredChartsName);
        DeleteIfPresent(retired);
        if (Directory.Exists(charts))
        {
            Directory.Move(charts, retired);
        }

        Directory.Move(ChartsFolder, charts);
        File.Move(ReportPath, Path.Combine(folder, ReportWriter.FileName), overwrite: true);
        if (File.Exists(AnswerPath))
        {
            File.Move(AnswerPath, Path.Combine(folder, AnswerWriter.FileName), overwrite: true);
        }

        DeleteIfPresent(retired);
    }

    /// <summary>Deletes the staging folder: after <see cref="Publish"/> it is empty, after a failure it holds the partial output.</summary>
    public void Dispose() => DeleteIfPresent(StagingFolder);

    private static void DeleteIfPresent(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
