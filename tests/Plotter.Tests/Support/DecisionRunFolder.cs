using HdrHistogram;

namespace Lab.Plotter.Tests.Support;

/// <summary>
/// A synthetic rate run for the decision page, written through Lab.Results' own writers (environment.csv,
/// latency.csv) with a histogram log per row, in a fresh temporary folder deleted on dispose. Each call
/// to <see cref="Add"/> is one cell with a chosen reader throughput and p99.9, so a test knows the answer.
/// </summary>
public sealed class DecisionRunFolder : IDisposable
{
    private const int samples = 1_000;

    private readonly List<LatencyRow> rows = [];

    public DecisionRunFolder(string runId = "20261203T080000Z-abc1234")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lab-plotter-decision-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, ResultFiles.HistogramFolder));
        Environment = new EnvironmentRow
        {
            RunId = runId,
            DateUtc = "2026-12-03T08:00:00Z",
            Commit = "abc1234abc1234abc1234abc1234abc1234abc12",
            Profile = "default",
            Cpu = "Test CPU",
            LogicalCores = 2,
            PhysicalCores = 2,
            Os = "Test OS",
            Runtime = ".NET 10.0.0",
            GcMode = "workstation concurrent",
            BdnVersion = "0.15.8",
            Job = "rate",
        };
    }

    public string Path { get; }

    public EnvironmentRow Environment { get; }

    /// <summary>One replicate of a cell: <paramref name="readsPerSecond"/> reader throughput and <paramref name="p999Ns"/> reader p99.9.</summary>
    public DecisionRunFolder Add(string map, int size, int readers, string rate, double readsPerSecond, long p999Ns = 1_000, bool rateMet = true, int replicate = 1)
    {
        var cell = new RateCellId(map, size, readers, rate, "workstation");
        var target = cell.TargetWritesPerSecond;
        var writer = target is not 0;
        WriteLog(System.IO.Path.Combine(Path, cell.HistogramPathFor(replicate)), writer);
        rows.Add(new LatencyRow
        {
            Cell = cell,
            Replicate = replicate,
            WindowSeconds = 2,
            ReadsTimedEvery = 1,
            ReaderOpsPerSecond = readsPerSecond,
            ReaderSamples = samples,
            ReaderP50Ns = 100,
            ReaderP90Ns = 200,
            ReaderP99Ns = 500,
            ReaderP999Ns = p999Ns,
            ReaderP9999Ns = p999Ns * 2,
            ReaderMaxNs = p999Ns * 10,
            Writes = writer ? 2_000 : 0,
            AchievedWritesPerSecond = writer ? target ?? 5_000 : null,
            RateMet = target is null or 0 ? null : rateMet,
            WriterP50Ns = writer ? 50_000 : null,
            WriterP99Ns = writer ? 900_000 : null,
            WriterMaxNs = writer ? 3_000_000 : null,
            WriterServiceP99Ns = writer ? 800_000 : null,
            AllocatedBytesPerSecond = 1_000,
            TimerNsPerCall = 40,
            WarmupSettled = true,
            Histogram = cell.HistogramPathFor(replicate),
        });
        return this;
    }

    /// <summary>Writes environment.csv and latency.csv; returns the folder.</summary>
    public string Write()
    {
        Environment.Write(System.IO.Path.Combine(Path, ResultFiles.Environment));
        LatencyRow.Table.WriteFile(System.IO.Path.Combine(Path, ResultFiles.Latency), rows);
        return Path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static void WriteLog(string path, bool withWriter)
    {
        var reader = new LongHistogram(1, 60_000_000_000, 3) { Tag = "reader" };
        for (var i = 0; i < samples; i++)
        {
            reader.RecordValue(100 + i);
        }

        var lag = new LongHistogram(1, 60_000_000_000, 3) { Tag = "lag" };
        HistogramBase[] all = withWriter ? [reader, new LongHistogram(1, 60_000_000_000, 3) { Tag = "writer" }, lag] : [reader, lag];
        using var file = File.Create(path);
        HistogramLogWriter.Write(file, new DateTime(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc), all);
    }
}
