namespace Lab.Results;

/// <summary>
/// One row of latency.csv: one cell of a write-rate run (columns and units: results/README.md). Latencies
/// are nanoseconds at HdrHistogram's precision (3 significant digits); null is an empty field (not applicable).
/// </summary>
public sealed record LatencyRow
{
    /// <summary>The cell (columns cell, map, size, readers, write_rate, gc_mode).</summary>
    public RateCellId Cell { get; init; }

    /// <summary>Thread-safe catalog id, or <c>noop</c>.</summary>
    public string Map => Cell.Map;

    /// <summary>Keys prefilled (the map holds one more, the sentinel).</summary>
    public int Size => Cell.Size;

    /// <summary>Reader threads.</summary>
    public int Readers => Cell.Readers;

    /// <summary>The writer's target as written: an integer rate or <c>max</c>.</summary>
    public string WriteRate => Cell.WriteRate;

    /// <summary>The GC mode of the cell's process.</summary>
    public string GcMode => Cell.GcMode;

    /// <summary>Writes per second targeted: 0 for no writer, null for <c>max</c>.</summary>
    public double? TargetWritesPerSecond => Cell.TargetWritesPerSecond;

    /// <summary>
    /// Which measurement of the cell this is, 1-based: each replicate of a cell ran in its own child
    /// process. A run holds each (cell, replicate) once; runs written before replicates existed read as 1.
    /// </summary>
    public int Replicate { get; init; } = 1;

    /// <summary>Time the readers and the writer ran at the target rate before the window (ms); null in runs without a steady-state warm-up.</summary>
    public double? WarmupMs { get; init; }

    /// <summary>Writes issued during that warm-up; null in runs without a steady-state warm-up.</summary>
    public long? WarmupWrites { get; init; }

    /// <summary>
    /// Whether the cell reached its steady state before the window (docs/write-rate-runs.md: the map's
    /// periodic cost happened where the rate reaches it within the cap, and two consecutive sub-windows
    /// agreed); null in runs written before the criterion existed (not assessed).
    /// </summary>
    public bool? SteadyState { get; init; }

    /// <summary>Why the cell is not in steady state (non-empty exactly when <see cref="SteadyState"/> is false), or a note on a steady cell; null otherwise.</summary>
    public string? SteadyStateNote { get; init; }

    /// <summary>Measured seconds; positive.</summary>
    public double WindowSeconds { get; init; }

    /// <summary>1: every read is timed.</summary>
    public int ReadsTimedEvery { get; init; }

    /// <summary>Reads per second, all readers, timer included.</summary>
    public double ReaderOpsPerSecond { get; init; }

    /// <summary>Reads recorded.</summary>
    public long ReaderSamples { get; init; }

    /// <summary>Read latency p50.</summary>
    public long ReaderP50Ns { get; init; }

    /// <summary>Read latency p90.</summary>
    public long ReaderP90Ns { get; init; }

    /// <summary>Read latency p99.</summary>
    public long ReaderP99Ns { get; init; }

    /// <summary>Read latency p99.9.</summary>
    public long ReaderP999Ns { get; init; }

    /// <summary>Read latency p99.99.</summary>
    public long ReaderP9999Ns { get; init; }

    /// <summary>Longest read.</summary>
    public long ReaderMaxNs { get; init; }

    /// <summary>Writes completed in the window.</summary>
    public long Writes { get; init; }

    /// <summary>Writes / window; null without a writer.</summary>
    public double? AchievedWritesPerSecond { get; init; }

    /// <summary>Whether the writer kept its target; null for rate 0 and max.</summary>
    public bool? RateMet { get; init; }

    /// <summary>Write latency p50 from the intended start.</summary>
    public long? WriterP50Ns { get; init; }

    /// <summary>Write latency p99 from the intended start.</summary>
    public long? WriterP99Ns { get; init; }

    /// <summary>Longest write from the intended start.</summary>
    public long? WriterMaxNs { get; init; }

    /// <summary>Write latency p99 from the actual start.</summary>
    public long? WriterServiceP99Ns { get; init; }

    /// <summary>Visibility-lag samples.</summary>
    public long LagSamples { get; init; }

    /// <summary>Visibility lag p50.</summary>
    public long? LagP50Ns { get; init; }

    /// <summary>Visibility lag p99.</summary>
    public long? LagP99Ns { get; init; }

    /// <summary>Longest visibility lag.</summary>
    public long? LagMaxNs { get; init; }

    /// <summary>Gen0 collections in the window.</summary>
    public int Gen0Collections { get; init; }

    /// <summary>Gen1 collections in the window.</summary>
    public int Gen1Collections { get; init; }

    /// <summary>Gen2 collections in the window.</summary>
    public int Gen2Collections { get; init; }

    /// <summary>GC pause time in the window, ms.</summary>
    public double GcPauseTotalMs { get; init; }

    /// <summary>Longest GC pause seen, ms; null when none was seen.</summary>
    public double? GcPauseMaxMs { get; init; }

    /// <summary>Bytes allocated per second, all threads.</summary>
    public double AllocatedBytesPerSecond { get; init; }

    /// <summary>Large object heap size at the window's end.</summary>
    public long LohBytesEnd { get; init; }

    /// <summary>One timer call, ns.</summary>
    public double TimerNsPerCall { get; init; }

    /// <summary>Whether the process's tiering warm-up settled.</summary>
    public bool WarmupSettled { get; init; }

    /// <summary>The cell's histogram log, relative to the run folder.</summary>
    public string Histogram { get; init; } = "";

    /// <summary>GC pause time per second of the window, ms/s.</summary>
    public double GcPauseMsPerSecond => GcPauseTotalMs / WindowSeconds;

    private static readonly ColumnFactory<LatencyRow> c = new();

    /// <summary>The file and its columns in contract order.</summary>
    public static CsvTable<LatencyRow> Table { get; } = new(ResultFiles.Latency, () => new LatencyRow(),
    [
        c.Custom("cell", r => r.Cell.ToString(), (r, record) => r),
        c.Text("map", r => r.Map, (r, v) => r with { Cell = r.Cell with { Map = v } }),
        c.WholeNumber("size", r => r.Size, (r, v) => r with { Cell = r.Cell with { Size = v } }),
        c.WholeNumber("readers", r => r.Readers, (r, v) => r with { Cell = r.Cell with { Readers = v } }),
        c.Text("write_rate", r => r.WriteRate, (r, v) => r with { Cell = r.Cell with { WriteRate = v } }),
        c.OptionalNumber("target_writes_per_s", r => r.TargetWritesPerSecond, (r, v) => r),
        c.Text("gc_mode", r => r.GcMode, (r, v) => r with { Cell = r.Cell with { GcMode = v } }),
        c.OptionalWholeNumber("replicate", r => r.Replicate, (r, v) => r with { Replicate = v ?? 1 }).Later(),
        c.Number("window_s", r => r.WindowSeconds, (r, v) => r with { WindowSeconds = v }),
        c.WholeNumber("reads_timed_every", r => r.ReadsTimedEvery, (r, v) => r with { ReadsTimedEvery = v }),
        c.Number("reader_ops_per_s", r => r.ReaderOpsPerSecond, (r, v) => r with { ReaderOpsPerSecond = v }),
        c.LongWholeNumber("reader_samples", r => r.ReaderSamples, (r, v) => r with { ReaderSamples = v }),
        c.LongWholeNumber("reader_p50_ns", r => r.ReaderP50Ns, (r, v) => r with { ReaderP50Ns = v }),
        c.LongWholeNumber("reader_p90_ns", r => r.ReaderP90Ns, (r, v) => r with { ReaderP90Ns = v }),
        c.LongWholeNumber("reader_p99_ns", r => r.ReaderP99Ns, (r, v) => r with { ReaderP99Ns = v }),
        c.LongWholeNumber("reader_p99_9_ns", r => r.ReaderP999Ns, (r, v) => r with { ReaderP999Ns = v }),
        c.LongWholeNumber("reader_p99_99_ns", r => r.ReaderP9999Ns, (r, v) => r with { ReaderP9999Ns = v }),
        c.LongWholeNumber("reader_max_ns", r => r.ReaderMaxNs, (r, v) => r with { ReaderMaxNs = v }),
        c.LongWholeNumber("writes", r => r.Writes, (r, v) => r with { Writes = v }),
        c.OptionalNumber("achieved_writes_per_s", r => r.AchievedWritesPerSecond, (r, v) => r with { AchievedWritesPerSecond = v }),
        c.OptionalFlag("rate_met", r => r.RateMet, (r, v) => r with { RateMet = v }),
        c.OptionalLongWholeNumber("writer_p50_ns", r => r.WriterP50Ns, (r, v) => r with { WriterP50Ns = v }),
        c.OptionalLongWholeNumber("writer_p99_ns", r => r.WriterP99Ns, (r, v) => r with { WriterP99Ns = v }),
        c.OptionalLongWholeNumber("writer_max_ns", r => r.WriterMaxNs, (r, v) => r with { WriterMaxNs = v }),
        c.OptionalLongWholeNumber("writer_service_p99_ns", r => r.WriterServiceP99Ns, (r, v) => r with { WriterServiceP99Ns = v }),
        c.LongWholeNumber("lag_samples", r => r.LagSamples, (r, v) => r with { LagSamples = v }),
        c.OptionalLongWholeNumber("lag_p50_ns", r => r.LagP50Ns, (r, v) => r with { LagP50Ns = v }),
        c.OptionalLongWholeNumber("lag_p99_ns", r => r.LagP99Ns, (r, v) => r with { LagP99Ns = v }),
        c.OptionalLongWholeNumber("lag_max_ns", r => r.LagMaxNs, (r, v) => r with { LagMaxNs = v }),
        c.WholeNumber("gen0_collections", r => r.Gen0Collections, (r, v) => r with { Gen0Collections = v }),
        c.WholeNumber("gen1_collections", r => r.Gen1Collections, (r, v) => r with { Gen1Collections = v }),
        c.WholeNumber("gen2_collections", r => r.Gen2Collections, (r, v) => r with { Gen2Collections = v }),
        c.Number("gc_pause_total_ms", r => r.GcPauseTotalMs, (r, v) => r with { GcPauseTotalMs = v }),
        c.OptionalNumber("gc_pause_max_ms", r => r.GcPauseMaxMs, (r, v) => r with { GcPauseMaxMs = v }),
        c.Number("allocated_bytes_per_s", r => r.AllocatedBytesPerSecond, (r, v) => r with { AllocatedBytesPerSecond = v }),
        c.LongWholeNumber("loh_bytes_end", r => r.LohBytesEnd, (r, v) => r with { LohBytesEnd = v }),
        c.Number("timer_ns_per_call", r => r.TimerNsPerCall, (r, v) => r with { TimerNsPerCall = v }),
        c.Flag("warmup_settled", r => r.WarmupSettled, (r, v) => r with { WarmupSettled = v }),
        c.OptionalNumber("warmup_ms", r => r.WarmupMs, (r, v) => r with { WarmupMs = v }).Later(),
        c.OptionalLongWholeNumber("warmup_writes", r => r.WarmupWrites, (r, v) => r with { WarmupWrites = v }).Later(),
        c.OptionalFlag("steady_state", r => r.SteadyState, (r, v) => r with { SteadyState = v }).Later(),
        c.OptionalText("steady_state_note", r => r.SteadyStateNote, (r, v) => r with { SteadyStateNote = v }).Later(),
        c.Text("histogram", r => r.Histogram, (r, v) => r with { Histogram = v }),
    ]);

    /// <summary>
    /// Reads <paramref name="folder"/>'s latency.csv strictly: every required field present and valid, the cell
    /// id consistent with its parts (a map <paramref name="maps"/> accepts, a known GC mode, a write-rate label and
    /// a matching target), the writer fields present exactly when a writer ran, every row's histogram log a file
    /// inside the folder, no (cell, replicate) twice, a steady_state of false explained by its note. <paramref name="check"/> runs last on each row (the plotter reads the log).
    /// </summary>
    public static IReadOnlyList<LatencyRow> Read(string folder, MapRule? maps = null, RowCheck<LatencyRow>? check = null)
    {
        var seen = new HashSet<(RateCellId, int)>();
        return Table.ReadFile(Path.Combine(folder, ResultFiles.Latency), (row, record) =>
        {
            Check(row, record, folder, maps);
            if (!seen.Add((row.Cell, row.Replicate)))
            {
                throw record.Error("cell", $"cell '{row.Cell}' replicate {row.Replicate} appears more than once");
            }

            check?.Invoke(row, record);
        });
    }

    /// <summary>The histogram log's full path inside <paramref name="folder"/>.</summary>
    public string HistogramPathIn(string folder) => Path.Combine(folder, Histogram);

    private static void Check(LatencyRow row, CsvRecord record, string folder, MapRule? maps)
    {
        if (maps?.Invoke(RateCellId.Scenario, row.Map) is { } problem)
        {
            throw record.Error("map", problem);
        }

        Positive(record, "size", row.Size);
        Positive(record, "readers", row.Readers);
        if (!WriteRates.TryParse(row.WriteRate, out var rate))
        {
            throw record.Error("write_rate", $"'{row.WriteRate}' is neither an integer rate nor {WriteRates.MaxLabel}");
        }

        if (record.OptionalNumber("target_writes_per_s") != rate)
        {
            throw record.Error("target_writes_per_s", rate is null ? $"must be empty for write_rate {WriteRates.MaxLabel}" : $"must equal write_rate {row.WriteRate}");
        }

        if (!GcModes.All.Contains(row.GcMode))
        {
            throw record.Error("gc_mode", $"'{row.GcMode}' is not one of {string.Join(", ", GcModes.All)}");
        }

        var cell = record.Text("cell");
        if (cell != row.Cell.ToString())
        {
            throw record.Error("cell", $"'{cell}' does not match its columns ({row.Cell})");
        }

        Positive(record, "replicate", row.Replicate);
        if (row.SteadyState is false && string.IsNullOrWhiteSpace(row.SteadyStateNote))
        {
            throw record.Error("steady_state_note", "is empty; a cell outside its steady state must say why");
        }

        if (row.WarmupMs is < 0 || row.WarmupWrites is < 0)
        {
            throw record.Error(row.WarmupMs is < 0 ? "warmup_ms" : "warmup_writes", "must not be negative");
        }

        Positive(record, "window_s", row.WindowSeconds);
        Positive(record, "reads_timed_every", row.ReadsTimedEvery);
        if (rate is not 0 && row.AchievedWritesPerSecond is null)
        {
            throw record.Error("achieved_writes_per_s", "is empty; a number is required when a writer ran");
        }

        if (rate is null or 0 ? row.RateMet is not null : row.RateMet is null)
        {
            throw record.Error("rate_met", rate is null or 0
                ? $"must be empty for write_rate 0 and {WriteRates.MaxLabel}"
                : "is empty; true or false is required when the writer has a target");
        }

        var relative = row.Histogram;
        if (Path.IsPathRooted(relative) || relative.Split('/', '\\').Contains(".."))
        {
            throw record.Error("histogram", $"'{relative}' must be a path inside the results folder");
        }

        if (!File.Exists(row.HistogramPathIn(folder)))
        {
            throw record.Error("histogram", $"the histogram log '{relative}' does not exist");
        }
    }

    private static void Positive(CsvRecord record, string column, double value)
    {
        if (value <= 0)
        {
            throw record.Error(column, "must be positive");
        }
    }
}
