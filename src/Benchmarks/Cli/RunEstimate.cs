using BenchmarkDotNet.Configs;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using Lab.Benchmarks.Export;
using Lab.Benchmarks.Scenarios;
using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Cli;

/// <summary>
/// The cells a command line selects and a rough duration, printed before anything runs. The
/// selection uses BenchmarkDotNet's own argument parser and filters, so it is what will run.
/// </summary>
/// <param name="MatrixCells">Selected cells of the matrix scenario.</param>
/// <param name="TargetCells">Selected cells of the design targets.</param>
/// <param name="OtherCells">Selected cases of any other benchmark class (store, sizing).</param>
/// <param name="Duration">The estimated duration of the run.</param>
/// <param name="Selected">Every selected cell, in BenchmarkDotNet's order, as the CSVs will name it.</param>
/// <param name="CellDurations">Each selected cell's own estimate (launch, setup, measuring), parallel to <paramref name="Selected"/>.</param>
/// <param name="RunCost">What the run pays once whatever its cells: building the generated project (zero in process or with no cell).</param>
internal sealed record RunEstimate(int MatrixCells, int TargetCells, int OtherCells, TimeSpan Duration, IReadOnlyList<CellInfo> Selected, IReadOnlyList<TimeSpan> CellDurations, TimeSpan RunCost)
{
    /// <summary>What a run of any cells pays once: building the generated project, unless in process (a shard pays it too).</summary>
    public static TimeSpan RunCostOf(bool inProcess) => inProcess ? TimeSpan.Zero : generatedProjectBuild;

    // Measured on the lab's 2-core machine: starting a benchmark process, and building the generated project once.
    private static readonly TimeSpan outOfProcessLaunch = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan inProcessLaunch = TimeSpan.FromSeconds(0.05);
    private static readonly TimeSpan generatedProjectBuild = TimeSpan.FromMinutes(2);

    // Harness.TieringWarmup in a matrix or target cell's setup: median 0.73 s, 0.26-2.0 s over the quick profile.
    private static readonly TimeSpan tieringWarmup = TimeSpan.FromSeconds(0.8);

    public int Cells => MatrixCells + TargetCells + OtherCells;

    /// <summary>Selects the cases; <see langword="null"/> when BenchmarkDotNet rejects the arguments (it has printed why).</summary>
    public static RunEstimate? Compute(string[] args, IConfig config, BenchmarkProfile profile, IEnumerable<Type> benchmarkTypes)
    {
        var (ok, parsed, options) = ConfigParser.Parse(args, ConsoleLogger.Default, config);
        if (!ok)
        {
            return null;
        }

        var filters = parsed.GetFilters().Concat(config.GetFilters()).Distinct().ToList(); // the command line's and the lab's own (a shard)
        var cases = benchmarkTypes
            .SelectMany(type => BenchmarkConverter.TypeToBenchmarks(type, parsed).BenchmarksCases)
            .Where(benchmarkCase => filters.All(filter => filter.Predicate(benchmarkCase)))
            .ToList();
        var launch = options.RunInProcess ? inProcessLaunch : outOfProcessLaunch;
        var runCost = cases.Count == 0 ? TimeSpan.Zero : RunCostOf(options.RunInProcess);
        var durations = new List<TimeSpan>(cases.Count);
        int matrix = 0, targets = 0, other = 0;
        foreach (var benchmarkCase in cases)
        {
            var cell = benchmarkCase.Parameters.Items.Select(item => CellParameter.Unwrap(item.Value)).OfType<IBenchmarkCell>().FirstOrDefault();
            _ = cell switch
            {
                { Scenario: "matrix" } => matrix++,
                { Scenario: "targets" } => targets++,
                _ => other++,
            };
            durations.Add(launch + Setup(cell) + Measuring(benchmarkCase.Job, profile, cell?.EstimatedOperationTime ?? TimeSpan.FromMilliseconds(1)));
        }

        var total = durations.Aggregate(runCost, (sum, duration) => sum + duration);
        return new RunEstimate(matrix, targets, other, total, [.. cases.Select(CellResolver.Resolve)], durations, runCost);
    }

    /// <summary>
    /// The selected cells grouped by scenario and map, one line per group in order of first appearance:
    /// <c>matrix cow (6 cells): read100/1000/2/uniform churn/1000/2/uniform ...</c> (mix/size/threads/keys).
    /// </summary>
    public IEnumerable<string> CellLines()
        => Selected
            .GroupBy(cell => (cell.Scenario, cell.Map))
            .Select(group => $"{group.Key.Scenario} {group.Key.Map} ({group.Count()} {(group.Count() == 1 ? "cell" : "cells")}): " +
                             string.Join(' ', group.Select(cell => $"{cell.Mix}/{cell.Size}/{cell.Threads}/{cell.Keys}")));

    private static TimeSpan Setup(IBenchmarkCell? cell)
        => cell is null ? TimeSpan.FromSeconds(0.3) : TimeSpan.FromSeconds(0.3 + (cell.Size / 100_000.0 * 0.5)) + tieringWarmup;

    private static TimeSpan Measuring(Job job, BenchmarkProfile profile, TimeSpan operation)
    {
        var warmup = job.HasValue(RunMode.WarmupCountCharacteristic) ? job.Run.WarmupCount : profile.WarmupCount;
        var iterations = job.HasValue(RunMode.IterationCountCharacteristic) ? job.Run.IterationCount : profile.IterationCount;
        var coldStart = job.HasValue(RunMode.RunStrategyCharacteristic) && job.Run.RunStrategy == RunStrategy.ColdStart;
        if (coldStart)
        {
            return operation * (warmup + iterations);
        }

        var iterationTime = job.HasValue(RunMode.IterationTimeCharacteristic)
            ? TimeSpan.FromMilliseconds(job.Run.IterationTime.ToMilliseconds())
            : TimeSpan.FromMilliseconds(profile.IterationTimeMs);
        var iteration = operation > iterationTime ? operation : iterationTime;

        // The pilot stage costs about two iterations.
        return iteration * (2 + warmup + iterations);
    }

    public override string ToString()
        => $"{Cells} cells ({MatrixCells} matrix, {TargetCells} targets, {OtherCells} other), estimated {(int)Duration.TotalMinutes} min {Duration.Seconds} s";
}
