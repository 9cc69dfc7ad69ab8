using System.Globalization;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Environments;
using Lab.Maps;
using Lab.Results;

namespace Lab.Benchmarks.Export;

/// <summary>Describes the machine a run measures on as environment.csv's one row (<see cref="EnvironmentRow"/>).</summary>
internal static class EnvironmentDescription
{
    /// <summary>
    /// The row of <paramref name="run"/> on the host <paramref name="host"/> describes: every kind of run
    /// (matrix, rate, experiments) records the machine the same way and says its own GC mode and job.
    /// </summary>
    public static EnvironmentRow Describe(RunInfo run, HostEnvironmentInfo host, string gcMode, string job)
    {
        var cpu = host.Cpu.Value;
        return new EnvironmentRow
        {
            RunId = run.RunId,
            DateUtc = run.StartedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Commit = run.Commit,
            Profile = run.Profile,
            Cpu = cpu.ProcessorName ?? "unknown",
            LogicalCores = cpu.LogicalCoreCount ?? Environment.ProcessorCount,
            PhysicalCores = cpu.PhysicalCoreCount,
            Os = RuntimeInformation.OSDescription,
            Runtime = host.RuntimeVersion,
            GcMode = gcMode,
            BdnVersion = host.BenchmarkDotNetVersion,
            Job = job,
            ShardCount = ShardedCowMap<int, int>.DefaultShardCount,
            Host = Environment.MachineName,
            Arch = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(),
            Shards = ShardSet.Of(run.Shard),
        };
    }

    /// <summary>The GC mode of <paramref name="host"/>, as environment.csv records it.</summary>
    public static string GcModeOf(HostEnvironmentInfo host)
        => (host.IsServerGC ? "server" : "workstation") + (host.IsConcurrentGC ? " concurrent" : " non-concurrent");
}
