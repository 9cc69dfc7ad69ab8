namespace Lab.Plotter.Rate;

/// <summary>One validated row of latency.csv (results/README.md): one cell of a rate run.</summary>
internal sealed record LatencyRow
{
    public required string Cell { get; init; }
    public required string Map { get; init; }
    public required int Size { get; init; }
    public required int Readers { get; init; }

    /// <summary>Writes per second; 0 for no writer, <see langword="null"/> for <c>max</c>.</summary>
    public required double? Rate { get; init; }
    public required string RateLabel { get; init; }
    public required string GcMode { get; init; }
    public required double WindowSeconds { get; init; }
    public required int ReadsTimedEvery { get; init; }
    public required double ReaderOpsPerSecond { get; init; }
    public required long ReaderSamples { get; init; }
    public required double ReaderP50Ns { get; init; }
    public required double ReaderP90Ns { get; init; }
    public required double ReaderP99Ns { get; init; }
    public required double ReaderP999Ns { get; init; }
    public required double ReaderP9999Ns { get; init; }
    public required double ReaderMaxNs { get; init; }
    public required long Writes { get; init; }
    public double? AchievedWritesPerSecond { get; init; }
    public bool? RateMet { get; init; }
    public double? WriterP50Ns { get; init; }
    public double? WriterP99Ns { get; init; }
    public double? WriterMaxNs { get; init; }
    public double? WriterServiceP99Ns { get; init; }
    public required long LagSamples { get; init; }
    public double? LagP50Ns { get; init; }
    public double? LagP99Ns { get; init; }
    public double? LagMaxNs { get; init; }
    public required int Gen0Collections { get; init; }
    public required int Gen1Collections { get; init; }
    public required int Gen2Collections { get; init; }
    public required double GcPauseTotalMs { get; init; }
    public double? GcPauseMaxMs { get; init; }
    public required double AllocatedBytesPerSecond { get; init; }
    public required double LohBytesEnd { get; init; }
    public required double TimerNsPerCall { get; init; }
    public required bool WarmupSettled { get; init; }

    /// <summary>The histogram log's full path (checked to exist when read).</summary>
    public required string HistogramPath { get; init; }

    /// <summary>GC pause time per second of the window, ms/s.</summary>
    public double GcPauseMsPerSecond => GcPauseTotalMs / WindowSeconds;
}
