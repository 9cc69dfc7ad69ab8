using Lab.Benchmarks.Export;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// Publishes a rate run: its own folder <c>results/&lt;run-id&gt;/</c>, written through
/// <see cref="ResultsPublisher"/>'s staging so it is never seen half-written. <c>results/latest</c> is
/// left alone: it holds the matrix run, which a rate-only folder must not replace (how a rate run
/// joins latest is the publishing step's decision, kept in this one function).
/// </summary>
internal static class RatePublisher
{
    /// <returns>The published run folder.</returns>
    public static string Publish(string resultsRoot, string runId, IReadOnlyList<LatencyRow> rows, EnvironmentRow environment, string histogramSource)
        => ResultsPublisher.Publish(
            resultsRoot,
            runId,
            directory => LatencyFiles.Write(directory, rows, environment, histogramSource),
            refreshLatest: false);
}
