using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using Lab.Benchmarks.Diagnostics;
using Lab.Results;

namespace Lab.Benchmarks.Export;

/// <summary>
/// BenchmarkDotNet exporter writing the lab's CSV contract (results/README.md) into
/// <c>results/&lt;run-id&gt;/</c> (see <see cref="ResultsPublisher"/>; <c>results/latest/</c> is the
/// plotter's to replace). The lab joins every class into one summary, so it runs once, after the last
/// benchmark. When a benchmark failed, the run folder is still written (for inspection) and
/// <see cref="Complete"/> is false; when none succeeded nothing is written. A write failure is logged and remembered
/// in <see cref="Error"/>; the command line turns it into a non-zero exit.
/// </summary>
internal sealed class LabCsvExporter(RunInfo run, string resultsRoot, string countersDirectory) : IExporter
{
    public string Name => "lab-csv";

    /// <summary>The last export failure, or <see langword="null"/>.</summary>
    public Exception? Error { get; private set; }

    /// <summary>The run folder of the last successful export.</summary>
    public string? PublishedDirectory { get; private set; }

    /// <summary>True when the last export holds every benchmark (none failed): only then may the run become latest.</summary>
    public bool Complete { get; private set; }

    /// <summary>The whole partition of a sharded run, written as shard-plan.csv beside the other files; empty when the run is not sharded.</summary>
    public IReadOnlyList<ShardPlanRow> ShardPlan { get; set; } = [];

    public void ExportToLog(Summary summary, ILogger logger)
    {
    }

    public IEnumerable<string> ExportToFiles(Summary summary, ILogger logger)
    {
        try
        {
            var succeeded = summary.Reports.Where(report => report.Success && report.ResultStatistics is not null).ToList();
            if (succeeded.Count == 0)
            {
                return [];
            }

            var cells = succeeded.Select(ToCellResult).ToList();
            var summaryRows = RowBuilder.Summary(cells, id => CounterSideFile.Read(countersDirectory, id));
            var measurementRows = cells.SelectMany(RowBuilder.Measurements).ToList();
            var environmentRow = Describe(summary) with
            {
                Job = string.Join("; ", succeeded.Select(report => report.BenchmarkCase.Job.DisplayInfo).Distinct().Order(StringComparer.Ordinal)),
            };
            PublishedDirectory = ResultsPublisher.Publish(
                resultsRoot,
                run.RunId,
                directory =>
                {
                    ResultFiles.WriteMatrixRun(directory, summaryRows, measurementRows, environmentRow);
                    ResultFiles.WriteShardPlan(directory, ShardPlan);
                });
            Complete = succeeded.Count == summary.Reports.Length;
            Error = null;
            return ResultFiles.MatrixRun.Select(file => Path.Combine(PublishedDirectory, file));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            Error = exception;
            logger.WriteLineError($"lab-csv: could not write results to {resultsRoot}: {exception.Message}");
            return [];
        }
    }

    private static CellResult ToCellResult(BenchmarkReport report)
    {
        var cell = CellResolver.Resolve(report.BenchmarkCase);
        // In-process runs report launch 0; the contract's launches are 1-based.
        var iterations = report.AllMeasurements
            .Where(measurement => measurement.IterationMode == IterationMode.Workload && measurement.IterationStage == IterationStage.Result)
            .Select(measurement => new IterationTime(Math.Max(1, measurement.LaunchIndex), measurement.IterationIndex, measurement.Nanoseconds / measurement.Operations))
            .ToList();
        var gc = report.GcStats;
        double? PerOperation(int collections) => gc.TotalOperations > 0 ? (double)collections / gc.TotalOperations : null;
        double? Metric(string id) => report.Metrics.TryGetValue(id, out var metric) ? metric.Value : null;
        return new CellResult(
            cell,
            FullNameProvider.GetBenchmarkName(report.BenchmarkCase),
            report.ResultStatistics!,
            iterations,
            gc.GetBytesAllocatedPerOperation(report.BenchmarkCase),
            PerOperation(gc.Gen0Collections),
            PerOperation(gc.Gen1Collections),
            PerOperation(gc.Gen2Collections),
            Metric("LockContentionCount"),
            Metric("CompletedWorkItemCount"));
    }

    private EnvironmentRow Describe(Summary summary)
        => EnvironmentDescription.Describe(run, summary.HostEnvironmentInfo, EnvironmentDescription.GcModeOf(summary.HostEnvironmentInfo), string.Empty);
}
