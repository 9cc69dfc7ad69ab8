using Lab.Benchmarks.Export;
using Lab.Results;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// Publishes a rate run: its own folder <c>results/&lt;run-id&gt;/</c> with latency.csv, environment.csv and
/// the histogram logs, written through <see cref="ResultsPublisher"/>'s staging so it is never seen
/// half-written. As for the matrix, the plotter's <c>publish</c> command makes it latest once its charts and
/// report are drawn: as <c>results/latest-rate/</c>, so that a rate run never replaces the matrix run in
/// <c>results/latest/</c>.
/// </summary>
internal static class RatePublisher
{
    /// <summary>Publishes the rows and copies each row's histogram log from <paramref name="histogramSource"/> (the children's output, laid out like a run folder); a shard's run adds <paramref name="shardPlan"/> as shard-plan.csv.</summary>
    /// <returns>The published run folder.</returns>
    public static string Publish(string resultsRoot, string runId, IReadOnlyList<LatencyRow> rows, EnvironmentRow environment, string histogramSource, IReadOnlyCollection<ShardPlanRow>? shardPlan = null)
        => ResultsPublisher.Publish(resultsRoot, runId, directory =>
        {
            ResultFiles.WriteRateRun(directory, rows, environment);
            ResultFiles.WriteShardPlan(directory, shardPlan ?? []);
            Directory.CreateDirectory(Path.Combine(directory, ResultFiles.HistogramFolder));
            foreach (var row in rows)
            {
                File.Copy(row.HistogramPathIn(histogramSource), row.HistogramPathIn(directory));
            }
        });
}
