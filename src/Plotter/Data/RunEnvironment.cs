namespace Lab.Plotter.Data;

/// <summary>
/// The one row of environment.csv: where and how the run was measured. <see cref="ShardCount"/>
/// (the sharded map's shard count) is <see langword="null"/> for runs that predate the column.
/// </summary>
internal sealed record RunEnvironment(
    string RunId,
    string DateUtc,
    string Commit,
    string Profile,
    string Cpu,
    int LogicalCores,
    int? PhysicalCores,
    string Os,
    string Runtime,
    string GcMode,
    string BenchmarkDotNetVersion,
    string Job,
    int? ShardCount)
{
    /// <summary>One line naming the machine, for chart subtitles: CPU, cores, runtime, GC mode.</summary>
    public string MachineCaption
        => $"{Cpu} · {LogicalCores} logical / {(PhysicalCores?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?")} physical cores · {Runtime} · {GcMode} GC";
}
