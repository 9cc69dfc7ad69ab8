using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Lab.Benchmarks.Columns;
using Lab.Benchmarks.Export;
using Lab.Benchmarks.Workloads;
using Perfolizer.Horology;

namespace Lab.Benchmarks.Cli;

/// <summary>The BenchmarkDotNet configuration of a lab run.</summary>
internal static class LabConfig
{
    /// <summary>
    /// The glob that selects the profile's own benchmarks (matrix and targets) when the command
    /// line names no <c>--filter</c>; other benchmark classes of the assembly run only when a
    /// filter names them.
    /// </summary>
    public const string DefaultFilter = "Lab.Benchmarks.Scenarios.*";

    /// <summary>
    /// The profile's job is marked as BenchmarkDotNet's default job, so <c>--job Dry</c> (or
    /// <c>--iterationCount</c>, ...) on the command line is applied on top of it instead of adding a
    /// second job. One launch per cell; overhead evaluation is off because every BenchmarkDotNet
    /// operation is at least 16 map operations (matrix invocations are milliseconds long).
    /// </summary>
    public static Job ProfileJob(BenchmarkProfile profile) => Job.Default
        .WithId(profile.Name)
        .WithLaunchCount(1)
        .WithWarmupCount(profile.WarmupCount)
        .WithIterationCount(profile.IterationCount)
        .WithIterationTime(TimeInterval.FromMilliseconds(profile.IterationTimeMs))
        .WithUnrollFactor(1)
        .WithEvaluateOverhead(false)
        .AsDefault();

    /// <param name="profile">The profile whose job is the default.</param>
    /// <param name="exporter">The CSV exporter.</param>
    /// <param name="useProfileJob">False when the command line names its own job.</param>
    /// <remarks>
    /// Every class is joined into one summary so the exporter runs once, with the whole run. The
    /// build timeout is generous: the generated project is built on a busy 2-core machine.
    /// </remarks>
    public static IConfig Create(BenchmarkProfile profile, LabCsvExporter exporter, bool useProfileJob)
        => (useProfileJob ? DefaultConfig.Instance.AddJob(ProfileJob(profile)) : DefaultConfig.Instance)
        .WithOptions(ConfigOptions.JoinSummary)
        .WithBuildTimeout(TimeSpan.FromMinutes(15))
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(48))
        .AddDiagnoser(MemoryDiagnoser.Default, ThreadingDiagnoser.Default)
        .AddColumn(PerMapOperationColumn.NanosecondsPerOperation, PerMapOperationColumn.OperationsPerInvocation)
        .AddExporter(exporter);
}
