using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Mathematics;
using Lab.Benchmarks.Cli;
using Lab.Benchmarks.Diagnostics;
using Lab.Benchmarks.Export;
using Lab.Benchmarks.Tests.Cli;
using Lab.Benchmarks.Workloads;
using Lab.Maps;

namespace Lab.Benchmarks.Tests.EndToEnd;

/// <summary>
/// The full profile is hours long even dry (1M-entry prefills, about 1,600 cells), so its CSVs are
/// generated: the cell list is the one the app would run (BenchmarkDotNet's own case enumeration under
/// the full profile, as <c>--plan</c> prints it), the rows come from the app's own row builder and CSV
/// writer, only the timings are synthetic (deterministic). The plotter must publish every row.
/// </summary>
[Collection(RunnerTestGroup.Name)]
public sealed class FullProfileEndToEndTests : IDisposable
{
    private const int iterations = 6;

    private readonly string root = Directory.CreateTempSubdirectory("lab-full-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Every_cell_of_the_full_profile_is_published_with_charts_and_report()
    {
        var cells = FullProfileCells();
        Assert.Contains(cells, cell => cell is { Scenario: "matrix", Mix: "churn", Keys: "zipf", Size: 1_000_000 });
        Assert.Contains(cells, cell => cell is { Scenario: "matrix", Keys: "prefix" });
        Assert.Contains(cells, cell => cell is { Scenario: "targets", Size: 1_000_000 });

        var runFolder = Path.Combine(root, "results", "20260101T000000Z-0000000");
        Directory.CreateDirectory(runFolder);
        var results = cells.Select(Synthetic).ToList();
        ResultFiles.WriteMatrixRun(
            runFolder,
            RowBuilder.Summary(results, id => Counters(cells.First(cell => cell.Id == id))),
            results.SelectMany(RowBuilder.Measurements),
            Environment("full"));

        var report = PublishedRun.PublishAndCheck(runFolder);
        Assert.Contains($"`summary.csv` ({cells.Count:#,0} cells)", report, StringComparison.Ordinal);
        Assert.Contains("| churn, 90% reads | 1M |", report, StringComparison.Ordinal);
    }

    /// <summary>The cells of the full profile: BenchmarkDotNet's cases of the profile's benchmarks, resolved as the exporter does.</summary>
    private static List<CellInfo> FullProfileCells()
    {
        System.Environment.SetEnvironmentVariable(BenchmarkProfile.EnvironmentVariable, BenchmarkProfile.Full.Name);
        try
        {
            var estimate = RunEstimate.Compute(
                ["--filter", LabConfig.DefaultFilter],
                DefaultConfig.Instance,
                BenchmarkProfile.Full,
                LabRunner.BenchmarkTypes(typeof(LabRunner).Assembly));
            return [.. Assert.IsType<RunEstimate>(estimate).Selected];
        }
        finally
        {
            System.Environment.SetEnvironmentVariable(BenchmarkProfile.EnvironmentVariable, null);
        }
    }

    /// <summary>Deterministic timings: a per-cell mean from the cell id, iterations spread ±1.5% around it.</summary>
    private static CellResult Synthetic(CellInfo cell)
    {
        var nsPerOp = 5 + (StableHash(cell.Id.ToString()) % 400 / 4.0);
        var perBenchmarkOperation = nsPerOp * cell.OperationsPerBenchmarkOperation;
        var values = Enumerable.Range(0, iterations).Select(i => perBenchmarkOperation * (1 + ((i - 2.5) * 0.006))).ToArray();
        return new CellResult(
            cell,
            $"synthetic {cell.Id}",
            new Statistics(values),
            [.. values.Select((ns, i) => new IterationTime(1, i + 1, ns))],
            BytesPerBenchmarkOperation: nsPerOp * cell.OperationsPerBenchmarkOperation,
            Gen0PerBenchmarkOperation: 0.001 * cell.OperationsPerBenchmarkOperation,
            Gen1PerBenchmarkOperation: 0,
            Gen2PerBenchmarkOperation: 0,
            LockContentionsPerBenchmarkOperation: 0,
            WorkItemsPerBenchmarkOperation: 0);
    }

    /// <summary>Counters for every cell with writes, scaled with the size as a copy-on-write map's would be.</summary>
    private static CounterReading? Counters(CellInfo cell)
        => cell.ReadPercent is 100 || cell.Size is not { } size
            ? null
            : new CounterReading(new MapCostCounters(1_000, 1_000L * size, 1_000, 10, 1_000, 0, 0, 0), Writes: 1_000);

    private static EnvironmentRow Environment(string profile) => new()
    {
        RunId = "20260101T000000Z-0000000",
        DateUtc = "2026-01-01T00:00:00Z",
        Commit = "0000000000000000000000000000000000000000",
        Profile = profile,
        Cpu = "synthetic",
        LogicalCores = System.Environment.ProcessorCount,
        PhysicalCores = System.Environment.ProcessorCount,
        Os = "synthetic",
        Runtime = ".NET 10",
        GcMode = "workstation concurrent",
        BdnVersion = "0.15.8",
        Job = "synthetic",
        ShardCount = ShardedCowMap<int, int>.DefaultShardCount,
    };

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
