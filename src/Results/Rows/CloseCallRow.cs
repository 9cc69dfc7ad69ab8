namespace Lab.Results;

/// <summary>
/// One row of close-calls.csv (results/README.md): a matrix cell whose two fastest recommendable maps were within
/// one launch's noise, and what one process of the in-process paired comparison of those two maps measured
/// (<see cref="Status"/> <see cref="Measured"/>), or why the cell was not measured (one row, no process figures).
/// Written by the benchmark app after the matrix; the plotter judges the processes' log ratios.
/// </summary>
public sealed record CloseCallRow
{
    /// <summary>Status of a row that carries one process's measurement.</summary>
    public const string Measured = "measured";

    /// <summary>Status of a close call beyond the run's cap (the closest calls are measured first).</summary>
    public const string OverCap = "over-cap";

    /// <summary>Status of a close call the paired host could not run or that failed (its standard error is in the run's log).</summary>
    public const string Failed = "failed";

    /// <summary>
    /// The close-call rule's noise bound, in log: a matrix cell is a close call when its runner-up's mean ns/op over its
    /// leader's is below e^0.14 (about 1.15). 0.14 is the launch-to-launch spread (log) of one cell between
    /// BenchmarkDotNet launches in the committed A/A calibration (docs/regression-check.md: 0.14-0.18), so a
    /// smaller gap between two maps measured in one launch each can be noise alone.
    /// </summary>
    public const double NoiseLogRatio = 0.14;

    /// <summary>The statuses, in the order above.</summary>
    public static IReadOnlyList<string> Statuses { get; } = [Measured, OverCap, Failed];

    /// <summary>The matrix cell as a template: <c>matrix/{map}/mix/size/threads/keys</c>.</summary>
    public string Cell { get; init; } = "";

    /// <summary>The map with the lowest mean ns/op in the matrix run (side a of the paired comparison).</summary>
    public string Leader { get; init; } = "";

    /// <summary>The second fastest recommendable map (side b).</summary>
    public string RunnerUp { get; init; } = "";

    /// <summary>Runner-up's mean ns/op over the leader's in the matrix run (at least 1).</summary>
    public double LaunchRatio { get; init; }

    /// <summary>One of <see cref="Statuses"/>.</summary>
    public string Status { get; init; } = Measured;

    /// <summary>The process (1-based) of a measured row; null otherwise.</summary>
    public int? Process { get; init; }

    /// <summary><c>a-first</c> or <c>b-first</c> (which map's build was loaded first); null unless measured.</summary>
    public string? LoadOrder { get; init; }

    /// <summary>Measured pairs of slices; null unless measured.</summary>
    public int? Pairs { get; init; }

    /// <summary>Whether the JIT settled in the warm-up; null unless measured.</summary>
    public bool? Settled { get; init; }

    /// <summary>The median over the process's pairs of log(t_runner-up / t_leader): above 0, the leader is faster; null unless measured.</summary>
    public double? MedianLogRatio { get; init; }

    private static readonly ColumnFactory<CloseCallRow> c = new();

    /// <summary>The file and its columns in contract order.</summary>
    public static CsvTable<CloseCallRow> Table { get; } = new(ResultFiles.CloseCalls, () => new CloseCallRow(),
    [
        c.Text("cell", r => r.Cell, (r, v) => r with { Cell = v }),
        c.Text("leader", r => r.Leader, (r, v) => r with { Leader = v }),
        c.Text("runner_up", r => r.RunnerUp, (r, v) => r with { RunnerUp = v }),
        c.Number("launch_ratio", r => r.LaunchRatio, (r, v) => r with { LaunchRatio = v }),
        c.Text("status", r => r.Status, (r, v) => r with { Status = v }),
        c.OptionalWholeNumber("process", r => r.Process, (r, v) => r with { Process = v }),
        c.OptionalText("load_order", r => r.LoadOrder, (r, v) => r with { LoadOrder = v }),
        c.OptionalWholeNumber("pairs", r => r.Pairs, (r, v) => r with { Pairs = v }),
        c.OptionalFlag("settled", r => r.Settled, (r, v) => r with { Settled = v }, "yes", "no"),
        c.OptionalSignedNumber("median_log_ratio", r => r.MedianLogRatio, (r, v) => r with { MedianLogRatio = v }),
    ])
    {
        MayBeEmpty = true, // a matrix run without close calls: the header alone says so
    };

    /// <summary>Reads close-calls.csv strictly: a known status, a template cell, process figures exactly on measured rows.</summary>
    /// <exception cref="ResultsFileException">A malformed file or row.</exception>
    public static IReadOnlyList<CloseCallRow> Read(string path) => Table.ReadFile(path, Check);

    /// <summary>Writes close-calls.csv (rows in the given order).</summary>
    public static void Write(string path, IEnumerable<CloseCallRow> rows) => Table.WriteFile(path, rows);

    private static void Check(CloseCallRow row, CsvRecord record)
    {
        if (!Statuses.Contains(row.Status))
        {
            throw record.Error("status", $"'{row.Status}' is not one of {string.Join(", ", Statuses)}");
        }

        if (!CellId.TryParse(row.Cell, out var cell) || !cell.IsTemplate)
        {
            throw record.Error("cell", $"'{row.Cell}' is not a cell template ({CellId.Shape} with {CellId.MapPlaceholder} as the map)");
        }

        var measured = row.Status == Measured;
        var hasFigures = row.Process is not null && row.MedianLogRatio is not null;
        if (measured != hasFigures)
        {
            throw record.Error(measured ? "median_log_ratio" : "process", measured ? "a measured row needs process and median_log_ratio" : $"a {row.Status} row carries no process figures");
        }
    }
}
