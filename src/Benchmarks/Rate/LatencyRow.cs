using Lab.Benchmarks.Export;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// One row of latency.csv: one cell of a rate run (columns and units: results/README.md). The child
/// process that measured the cell writes it as JSON; the parent writes the CSV. Latencies are
/// nanoseconds at HdrHistogram's precision (3 significant digits); empty = not applicable.
/// </summary>
internal sealed record LatencyRow
{
    public required string Cell { get; init; }
    public required string Map { get; init; }
    public required int Size { get; init; }
    public required int Readers { get; init; }
    public required string WriteRate { get; init; }
    public double? TargetWritesPerSecond { get; init; }
    public required string GcMode { get; init; }
    public required double WindowSeconds { get; init; }
    public required int ReadsTimedEvery { get; init; }
    public required double ReaderOpsPerSecond { get; init; }
    public required long ReaderSamples { get; init; }
    public long? ReaderP50Ns { get; init; }
    public long? ReaderP90Ns { get; init; }
    public long? ReaderP99Ns { get; init; }
    public long? ReaderP999Ns { get; init; }
    public long? ReaderP9999Ns { get; init; }
    public long? ReaderMaxNs { get; init; }
    public required long Writes { get; init; }
    public double? AchievedWritesPerSecond { get; init; }
    public bool? RateMet { get; init; }
    public long? WriterP50Ns { get; init; }
    public long? WriterP99Ns { get; init; }
    public long? WriterMaxNs { get; init; }
    public long? WriterServiceP99Ns { get; init; }
    public required long LagSamples { get; init; }
    public long? LagP50Ns { get; init; }
    public long? LagP99Ns { get; init; }
    public long? LagMaxNs { get; init; }
    public required int Gen0Collections { get; init; }
    public required int Gen1Collections { get; init; }
    public required int Gen2Collections { get; init; }
    public required double GcPauseTotalMs { get; init; }
    public double? GcPauseMaxMs { get; init; }
    public required double AllocatedBytesPerSecond { get; init; }
    public required long LohBytesEnd { get; init; }
    public required double TimerNsPerCall { get; init; }
    public required bool WarmupSettled { get; init; }
    public required string Histogram { get; init; }

    /// <summary>The columns in contract order.</summary>
    public static IReadOnlyList<CsvColumn<LatencyRow>> Columns { get; } =
    [
        CsvColumn<LatencyRow>.Text("cell", row => row.Cell),
        CsvColumn<LatencyRow>.Text("map", row => row.Map),
        CsvColumn<LatencyRow>.Integer("size", row => row.Size),
        CsvColumn<LatencyRow>.Integer("readers", row => row.Readers),
        CsvColumn<LatencyRow>.Text("write_rate", row => row.WriteRate),
        CsvColumn<LatencyRow>.Number("target_writes_per_s", row => row.TargetWritesPerSecond),
        CsvColumn<LatencyRow>.Text("gc_mode", row => row.GcMode),
        CsvColumn<LatencyRow>.Number("window_s", row => row.WindowSeconds),
        CsvColumn<LatencyRow>.Integer("reads_timed_every", row => row.ReadsTimedEvery),
        CsvColumn<LatencyRow>.Number("reader_ops_per_s", row => row.ReaderOpsPerSecond),
        CsvColumn<LatencyRow>.Integer("reader_samples", row => row.ReaderSamples),
        CsvColumn<LatencyRow>.Integer("reader_p50_ns", row => row.ReaderP50Ns),
        CsvColumn<LatencyRow>.Integer("reader_p90_ns", row => row.ReaderP90Ns),
        CsvColumn<LatencyRow>.Integer("reader_p99_ns", row => row.ReaderP99Ns),
        CsvColumn<LatencyRow>.Integer("reader_p99_9_ns", row => row.ReaderP999Ns),
        CsvColumn<LatencyRow>.Integer("reader_p99_99_ns", row => row.ReaderP9999Ns),
        CsvColumn<LatencyRow>.Integer("reader_max_ns", row => row.ReaderMaxNs),
        CsvColumn<LatencyRow>.Integer("writes", row => row.Writes),
        CsvColumn<LatencyRow>.Number("achieved_writes_per_s", row => row.AchievedWritesPerSecond),
        CsvColumn<LatencyRow>.Text("rate_met", row => row.RateMet switch { true => "true", false => "false", null => null }),
        CsvColumn<LatencyRow>.Integer("writer_p50_ns", row => row.WriterP50Ns),
        CsvColumn<LatencyRow>.Integer("writer_p99_ns", row => row.WriterP99Ns),
        CsvColumn<LatencyRow>.Integer("writer_max_ns", row => row.WriterMaxNs),
        CsvColumn<LatencyRow>.Integer("writer_service_p99_ns", row => row.WriterServiceP99Ns),
        CsvColumn<LatencyRow>.Integer("lag_samples", row => row.LagSamples),
        CsvColumn<LatencyRow>.Integer("lag_p50_ns", row => row.LagP50Ns),
        CsvColumn<LatencyRow>.Integer("lag_p99_ns", row => row.LagP99Ns),
        CsvColumn<LatencyRow>.Integer("lag_max_ns", row => row.LagMaxNs),
        CsvColumn<LatencyRow>.Integer("gen0_collections", row => row.Gen0Collections),
        CsvColumn<LatencyRow>.Integer("gen1_collections", row => row.Gen1Collections),
        CsvColumn<LatencyRow>.Integer("gen2_collections", row => row.Gen2Collections),
        CsvColumn<LatencyRow>.Number("gc_pause_total_ms", row => row.GcPauseTotalMs),
        CsvColumn<LatencyRow>.Number("gc_pause_max_ms", row => row.GcPauseMaxMs),
        CsvColumn<LatencyRow>.Number("allocated_bytes_per_s", row => row.AllocatedBytesPerSecond),
        CsvColumn<LatencyRow>.Integer("loh_bytes_end", row => row.LohBytesEnd),
        CsvColumn<LatencyRow>.Number("timer_ns_per_call", row => row.TimerNsPerCall),
        CsvColumn<LatencyRow>.Text("warmup_settled", row => row.WarmupSettled ? "true" : "false"),
        CsvColumn<LatencyRow>.Text("histogram", row => row.Histogram),
    ];
}
