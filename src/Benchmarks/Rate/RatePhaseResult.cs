using HdrHistogram;

namespace Lab.Benchmarks.Rate;

/// <summary>What one uninterrupted run of a cell's readers and writer recorded (a warm-up sub-window or the measured window).</summary>
/// <param name="Seconds">The run's length.</param>
/// <param name="StartedUtc">When it started.</param>
/// <param name="EndedUtc">When it ended.</param>
/// <param name="Readers">Every reader's read latencies, merged.</param>
/// <param name="Lag">Every reader's visibility lags, merged.</param>
/// <param name="ReaderOpsPerSecond">Reads per second, all readers.</param>
/// <param name="Written">The writer's result; null without a writer.</param>
/// <param name="Gc">The collections during the run.</param>
internal sealed record RatePhaseResult(
    double Seconds,
    DateTime StartedUtc,
    DateTime EndedUtc,
    LongHistogram Readers,
    LongHistogram Lag,
    double ReaderOpsPerSecond,
    FixedRateWriterResult? Written,
    GcWindowResult Gc)
{
    /// <summary>Writes issued.</summary>
    public long Writes => Written?.Writes ?? 0;
}
