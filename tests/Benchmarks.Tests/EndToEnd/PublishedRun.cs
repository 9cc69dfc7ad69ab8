
namespace Lab.Benchmarks.Tests.EndToEnd;

/// <summary>
/// The last step of <c>scripts/bench</c>, in process: the plotter's <c>publish</c> on a run folder the app
/// wrote, and the checks every end-to-end test makes on the result.
/// </summary>
internal static class PublishedRun
{
    /// <summary>
    /// Publishes <paramref name="runFolder"/> and asserts that latest/ beside it is a copy of the run with
    /// REPORT.md and at least one chart of every <see cref="ChartKind"/>, every chart the report links present.
    /// </summary>
    /// <returns>The text of latest/REPORT.md.</returns>
    public static string PublishAndCheck(string runFolder)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = PublishCommand.Run([runFolder], output, error);
        Assert.True(code == 0, $"publish exited {code}\n{error}\n{output}");

        var latest = Path.Combine(Path.GetDirectoryName(runFolder)!, LatestFolder.Name);
        var report = File.ReadAllText(Path.Combine(latest, "REPORT.md"));
        Assert.Equal(File.ReadAllText(Path.Combine(runFolder, "REPORT.md")), report);
        Assert.DoesNotContain("No chart: the data has no values for it.", report, StringComparison.Ordinal);

        var linked = report.Split('\n')
            .Where(line => line.StartsWith("![", StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf("](charts/", StringComparison.Ordinal) + "](charts/".Length)..line.LastIndexOf(')')])
            .ToList();
        Assert.All(linked, chart => Assert.True(File.Exists(Path.Combine(latest, "charts", chart)), chart));
        Assert.All(ChartKindExtensions.MatrixFamilies, kind => Assert.Contains(linked, chart => chart.StartsWith(FileStem(kind), StringComparison.Ordinal)));
        Assert.Equal(
            Directory.GetFiles(runFolder, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(runFolder, file)).Order(),
            Directory.GetFiles(latest, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(latest, file)).Order());
        return report;
    }

    /// <summary>The file-name stem of each chart family's files (ChartNames.File's first part).</summary>
    private static string FileStem(ChartKind kind) => kind switch
    {
        ChartKind.ThroughputVsThreads => "throughput-vs-threads-",
        ChartKind.ThroughputVsWriteShare => "throughput-vs-write-share-",
        ChartKind.NsPerOp => "ns-per-op-",
        ChartKind.BytesPerOp => "bytes-per-op-",
        ChartKind.GcPer1kOps => "gc-per-1k-ops-",
        ChartKind.Winners => "winners-",
        ChartKind.WriteCosts => "entries-copied-",
        ChartKind.KeyDistributions => "keys-",
        ChartKind.Churn => "churn-",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a chart family without a file stem here"),
    };
}
