using System.Diagnostics;
using HdrHistogram;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// The lab's latency histograms: HdrHistogram <see cref="LongHistogram"/>s of nanoseconds from 1 ns to
/// one minute with 3 significant digits (every recorded value is within 0.1% of the truth), one per
/// recording thread, merged after the measured window.
/// </summary>
internal static class LatencyHistograms
{
    /// <summary>Longest recordable latency; longer values are recorded as this (never dropped).</summary>
    public const long HighestNanoseconds = 60_000_000_000;

    /// <summary>Significant decimal digits kept.</summary>
    public const int SignificantDigits = 3;

    private static readonly double nanosecondsPerStopwatchTick = 1e9 / Stopwatch.Frequency;

    /// <summary>A new empty histogram with the lab's range and precision.</summary>
    public static LongHistogram Create(string tag)
        => new(1, HighestNanoseconds, SignificantDigits) { Tag = tag };

    /// <summary>Records <paramref name="nanoseconds"/>, clamped into the recordable range.</summary>
    public static void Record(HistogramBase histogram, long nanoseconds)
        => histogram.RecordValue(Math.Clamp(nanoseconds, 1, HighestNanoseconds));

    /// <summary>Converts a <see cref="Stopwatch"/> tick count to nanoseconds.</summary>
    public static long StopwatchTicksToNanoseconds(long ticks)
        => Stopwatch.Frequency == 1_000_000_000 ? ticks : (long)(ticks * nanosecondsPerStopwatchTick);

    /// <summary>A new histogram holding every value of <paramref name="parts"/> (per-thread histograms), tagged <paramref name="tag"/>.</summary>
    public static LongHistogram Merge(string tag, IEnumerable<HistogramBase> parts)
    {
        var merged = Create(tag);
        foreach (var part in parts)
        {
            merged.Add(part);
        }

        return merged;
    }

    /// <summary>Clears <paramref name="target"/> and adds every value of <paramref name="parts"/> to it (no allocation); returns it.</summary>
    public static LongHistogram MergeInto(LongHistogram target, IEnumerable<HistogramBase> parts)
    {
        target.Reset();
        foreach (var part in parts)
        {
            target.Add(part);
        }

        return target;
    }

    /// <summary>The value at <paramref name="percentile"/> (0-100), or <see langword="null"/> when nothing was recorded.</summary>
    public static long? Percentile(HistogramBase histogram, double percentile)
        => histogram.TotalCount == 0 ? null : histogram.GetValueAtPercentile(percentile);

    /// <summary>The largest recorded value (to the histogram's precision), or <see langword="null"/> when nothing was recorded.</summary>
    public static long? Max(HistogramBase histogram)
        => histogram.TotalCount == 0 ? null : histogram.GetMaxValue();
}
