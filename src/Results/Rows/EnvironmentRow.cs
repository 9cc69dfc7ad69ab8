namespace Lab.Results;

/// <summary>
/// The one row of environment.csv: where and how a run was measured. Every kind of run (matrix, rate,
/// experiments) records the machine the same way and says its own GC mode and job.
/// </summary>
public sealed record EnvironmentRow
{
    /// <summary>The run folder's name.</summary>
    public string RunId { get; init; } = "";

    /// <summary>ISO 8601 start time.</summary>
    public string DateUtc { get; init; } = "";

    /// <summary>Full commit hash, with <c>-dirty</c> when the tree had changes.</summary>
    public string Commit { get; init; } = "";

    /// <summary>The profile: <c>quick</c>, <c>default</c>, <c>full</c>, <c>rate-quick</c>, <c>experiments</c>, ...</summary>
    public string Profile { get; init; } = "";

    /// <summary>Processor name.</summary>
    public string Cpu { get; init; } = "";

    /// <summary>Logical cores; positive.</summary>
    public int LogicalCores { get; init; }

    /// <summary>Physical cores, when known.</summary>
    public int? PhysicalCores { get; init; }

    /// <summary>OS description.</summary>
    public string Os { get; init; } = "";

    /// <summary>.NET runtime version.</summary>
    public string Runtime { get; init; } = "";

    /// <summary>GC mode, e.g. <c>workstation concurrent</c>.</summary>
    public string GcMode { get; init; } = "";

    /// <summary>BenchmarkDotNet version.</summary>
    public string BdnVersion { get; init; } = "";

    /// <summary>The job settings (may be empty).</summary>
    public string Job { get; init; } = "";

    /// <summary>The sharded map's default shard count of the measured commit; null for runs before the column.</summary>
    public int? ShardCount { get; init; }

    /// <summary>Host name (<see cref="Environment.MachineName"/>); empty in runs before the column.</summary>
    public string Host { get; init; } = "";

    /// <summary>Process architecture, e.g. <c>x64</c>, <c>arm64</c>; empty in runs before the column.</summary>
    public string Arch { get; init; } = "";

    /// <summary>
    /// The shards this row's machine ran: one for a shard's run, those of the machine in a merged run,
    /// <see cref="ShardSet.None"/> when the run is not sharded.
    /// </summary>
    public ShardSet Shards { get; init; } = ShardSet.None;

    /// <summary>The machine: host, processor, OS, architecture and logical cores.</summary>
    public MachineIdentity Machine => new(Host, Cpu, Os, Arch, LogicalCores);

    private static readonly ColumnFactory<EnvironmentRow> c = new();

    /// <summary>The file and its columns in contract order.</summary>
    public static CsvTable<EnvironmentRow> Table { get; } = new(ResultFiles.Environment, () => new EnvironmentRow(),
    [
        c.Text("run_id", r => r.RunId, (r, v) => r with { RunId = v }),
        c.Text("date_utc", r => r.DateUtc, (r, v) => r with { DateUtc = v }),
        c.Text("commit", r => r.Commit, (r, v) => r with { Commit = v }),
        c.Text("profile", r => r.Profile, (r, v) => r with { Profile = v }),
        c.Text("cpu", r => r.Cpu, (r, v) => r with { Cpu = v }),
        c.WholeNumber("logical_cores", r => r.LogicalCores, (r, v) => r with { LogicalCores = v }),
        c.OptionalWholeNumber("physical_cores", r => r.PhysicalCores, (r, v) => r with { PhysicalCores = v }),
        c.Text("os", r => r.Os, (r, v) => r with { Os = v }),
        c.Text("runtime", r => r.Runtime, (r, v) => r with { Runtime = v }),
        c.Text("gc_mode", r => r.GcMode, (r, v) => r with { GcMode = v }),
        c.Text("bdn_version", r => r.BdnVersion, (r, v) => r with { BdnVersion = v }),
        c.RawText("job", r => r.Job, (r, v) => r with { Job = v }),
        c.OptionalWholeNumber("shard_count", r => r.ShardCount, (r, v) => r with { ShardCount = v }).Later(),
        c.RawText("host", r => r.Host, (r, v) => r with { Host = v }).Later(),
        c.RawText("arch", r => r.Arch, (r, v) => r with { Arch = v }).Later(),
        c.Custom("shard", r => r.Shards.ToString(), (r, record) => r with { Shards = ParseShards(record) }).Later(),
    ]);

    /// <summary>The machine, as two runs are compared by: processor name and logical cores.</summary>
    public static IReadOnlyList<string> MachineColumns { get; } = ["cpu", "logical_cores"];

    /// <summary>Reads environment.csv strictly: exactly one row, positive core and shard counts.</summary>
    public static EnvironmentRow Read(string path)
    {
        var count = 0;
        return Table.ReadFile(path, (row, record) =>
        {
            Check(row, record);
            if (++count > 1)
            {
                throw new ResultsFileException(record.File, record.Line, null, "expected exactly one data row, found more");
            }
        })[0];
    }

    /// <summary>
    /// Reads every row of environment.csv strictly (same checks as <see cref="Read"/>): a merged sharded run
    /// has one row per machine, each listing the shards it ran.
    /// </summary>
    public static IReadOnlyList<EnvironmentRow> ReadAll(string path) => Table.ReadFile(path, Check);

    /// <summary>Writes one row per machine (a merged sharded run), in the given order.</summary>
    public static void WriteAll(string path, IEnumerable<EnvironmentRow> rows) => Table.WriteFile(path, rows);

    /// <summary>Reads only <see cref="MachineColumns"/> of the first row, ignoring any other column (a run of another commit).</summary>
    public static EnvironmentRow ReadMachine(string path) => Table.ReadColumns(path, MachineColumns, Check)[0];

    /// <summary>Writes the one row.</summary>
    public void Write(string path) => Table.WriteFile(path, [this]);

    private static ShardSet ParseShards(CsvRecord record)
        => ShardSet.TryParse(record.Raw("shard"), out var shards, out var problem) ? shards : throw record.Error("shard", problem);

    private static void Check(EnvironmentRow row, CsvRecord record)
    {
        if (row.LogicalCores <= 0)
        {
            throw record.Error("logical_cores", "must be positive");
        }

        if (row.ShardCount <= 0)
        {
            throw record.Error("shard_count", "must be positive");
        }
    }
}
