using Lab.Benchmarks.Export;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// Publishes a rate run: its own folder <c>results/&lt;run-id&gt;/</c>, written through
/// <see cref="ResultsPublisher"/>'s staging so it is never seen half-written. As for the matrix, the
/// plotter's <c>publish</c> command makes it latest once its charts and report are drawn: as
/// <c>results/latest-rate/</c>, so that a rate run never replaces the matrix run in <c>results/latest/</c>.
/// </summary>
internal static class RatePublisher
{
    /// <returns>The published run folder.</returns>
    public static string Publish(string resultsRoot, string runId, IReadOnlyList<LatencyRow> rows, EnvironmentRow environment, string histogramSource)
        => ResultsPublisher.Publish(
            resultsRoot,
            runId,
            directory => LatencyFiles.Write(directory, rows, environment, histogramSource));
}
