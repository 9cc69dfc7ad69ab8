using System.Globalization;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Environments;
using Lab.Maps;

namespace Lab.Benchmarks.Export;

/// <summary>The one row of environment.csv.</summary>
internal sealed record EnvironmentRow
{
    public required string RunId { get; init; }
    public required string DateUtc { get; init; }
    public required string Commit { get; init; }
    public required string Profile { get; init; }
    public required string Cpu { get; init; }
    public int? LogicalCores { get; init; }
    public int? PhysicalCores { get; init; }
    public required string Os { get; init; }
    public required string Runtime { get; init; }
    public required string GcMode { get; init; }
    public required string BdnVersion { get; init; }
    public required string Job { get; init; }

    /// <summary>The sharded map's shard count (its default, which the design targets scale with).</summary>
    public int? ShardCount { get; init; }

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
        };
    }

    /// <summary>The GC mode of <paramref name="host"/>, as environment.csv records it.</summary>
    public static string GcModeOf(HostEnvironmentInfo host)
        => (host.IsServerGC ? "server" : "workstation") + (host.IsConcurrentGC ? " concurrent" : " non-concurrent");

    /// <summary>The columns in contract order.</summary>
    public static IReadOnlyList<CsvColumn<EnvironmentRow>> Columns { get; } =
    [
        CsvColumn<EnvironmentRow>.Text("run_id", row => row.RunId),
        CsvColumn<EnvironmentRow>.Text("date_utc", row => row.DateUtc),
        CsvColumn<EnvironmentRow>.Text("commit", row => row.Commit),
        CsvColumn<EnvironmentRow>.Text("profile", row => row.Profile),
        CsvColumn<EnvironmentRow>.Text("cpu", row => row.Cpu),
        CsvColumn<EnvironmentRow>.Integer("logical_cores", row => row.LogicalCores),
        CsvColumn<EnvironmentRow>.Integer("physical_cores", row => row.PhysicalCores),
        CsvColumn<EnvironmentRow>.Text("os", row => row.Os),
        CsvColumn<EnvironmentRow>.Text("runtime", row => row.Runtime),
        CsvColumn<EnvironmentRow>.Text("gc_mode", row => row.GcMode),
        CsvColumn<EnvironmentRow>.Text("bdn_version", row => row.BdnVersion),
        CsvColumn<EnvironmentRow>.Text("job", row => row.Job),
        CsvColumn<EnvironmentRow>.Integer("shard_count", row => row.ShardCount),
    ];
}
