using HdrHistogram;

namespace Lab.Benchmarks.Rate;

/// <summary>What a <see cref="FixedRateWriter"/> did in its window.</summary>
/// <param name="Writes">Writes completed.</param>
/// <param name="WindowSeconds">The window's length.</param>
/// <param name="IntendedWrites">Writes the schedule intended to start within the window; <see langword="null"/> for <see cref="WriteRate.Max"/>.</param>
/// <param name="Latency">Each write's latency from its intended start (coordinated omission corrected), ns.</param>
/// <param name="Service">Each write's latency from its actual start (what an uncorrected measurement reports), ns.</param>
internal sealed record FixedRateWriterResult(long Writes, double WindowSeconds, long? IntendedWrites, LongHistogram Latency, LongHistogram Service)
{
    /// <summary>
    /// Share of the intended writes that may be missing before the rate counts as not kept: the last
    /// write of a window can be cut by the window's end without the writer having fallen behind.
    /// </summary>
    public const double Tolerance = 0.01;

    /// <summary>Writes per second achieved over the window.</summary>
    public double AchievedPerSecond => Writes / WindowSeconds;

    /// <summary>Writes intended but never started: the queue the writer had left at the end.</summary>
    public long? Backlog => IntendedWrites is { } intended ? Math.Max(0, intended - Writes) : null;

    /// <summary>
    /// Whether the target rate was kept: at most 1% (and at least one write) of the intended writes
    /// missing; <see langword="null"/> for <see cref="WriteRate.Max"/>, which has no target.
    /// </summary>
    public bool? RateMet => Backlog is { } backlog ? backlog <= Math.Max(1, (long)(IntendedWrites!.Value * Tolerance)) : null;
}
