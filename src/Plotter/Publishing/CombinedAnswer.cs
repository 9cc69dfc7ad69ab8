namespace Lab.Plotter.Publishing;

/// <summary>
/// <c>results/ANSWER.md</c>: the one decision page of the committed runs, the rate half from
/// <c>latest-rate/</c> and the matrix half from <c>latest/</c> (each when it holds a run), its decision charts
/// linked where <c>latest-rate/charts/</c> holds them. <see cref="PublishCommand"/> rewrites it after every publish, so
/// it always speaks of the latest folders as they are; like them it is never edited by hand.
/// </summary>
internal static class CombinedAnswer
{
    /// <summary>Writes <c>ANSWER.md</c> in <paramref name="resultsRoot"/>; its path, or <see langword="null"/> when neither latest folder holds a run.</summary>
    /// <exception cref="ResultsFileException">A latest folder's CSVs are rejected (the page is left as it was).</exception>
    public static string? Refresh(string resultsRoot)
    {
        var matrixFolder = Path.Combine(resultsRoot, LatestFolder.Name);
        var rateFolder = Path.Combine(resultsRoot, LatestFolder.RateName);
        var results = File.Exists(Path.Combine(matrixFolder, ResultFiles.Summary)) ? BenchmarkResults.Load(matrixFolder) : null;
        var rate = RateResults.IsIn(rateFolder) ? RateResults.Load(rateFolder) : null;
        if (results is null && rate is null)
        {
            return null;
        }

        var answers = AnswerSet.From(results, rate);
        var charts = DecisionChart.Files(answers.Rate)
            .Where(chart => File.Exists(Path.Combine(rateFolder, StagedOutput.ChartsFolderName, chart.FileName)))
            .ToList();
        var page = Path.Combine(resultsRoot, AnswerWriter.FileName);
        var text = AnswerWriter.Build(answers, charts, $"{LatestFolder.RateName}/{StagedOutput.ChartsFolderName}/");
        AtomicFile.Write(page, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            writer.Write(text);
        });
        return page;
    }
}
