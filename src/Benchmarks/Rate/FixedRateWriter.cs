using HdrHistogram;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// Issues writes on a fixed schedule and times each one from its <em>intended</em> start (write i is
/// intended at start + i / rate), as wrk2 does: when a write runs long, the writes queued behind it
/// are late, and their latencies include the wait. Timing from the actual start instead (the
/// <see cref="FixedRateWriterResult.Service"/> histogram) hides that queueing: coordinated omission.
/// The writer never skips a write to catch up and never silently lowers the rate: it stops at the end
/// of the window, and the writes whose intended start had passed unissued are the backlog.
/// </summary>
/// <param name="clock">Time source.</param>
/// <param name="rate">The target; <see cref="WriteRate.Max"/> intends each write at the moment the previous one returned.</param>
internal sealed class FixedRateWriter(IRateClock clock, WriteRate rate)
{
    /// <summary>
    /// Runs writes from <paramref name="start"/> until <paramref name="end"/> (clock timestamps).
    /// <paramref name="write"/> performs write number i (0-based). A write intended before
    /// <paramref name="end"/> starts only while the clock is before <paramref name="end"/>. The latencies go
    /// to new histograms, or to <paramref name="latencyInto"/> and <paramref name="serviceInto"/> cleared first
    /// (a run repeated many times then allocates no large-object-heap arrays of its own).
    /// </summary>
    public FixedRateWriterResult Run(long start, long end, Action<long> write, LongHistogram? latencyInto = null, LongHistogram? serviceInto = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (!rate.HasWriter)
        {
            throw new InvalidOperationException("A rate of 0 has no writer.");
        }

        var latency = latencyInto ?? LatencyHistograms.Create("writer");
        var service = serviceInto ?? LatencyHistograms.Create("writer-service");
        latency.Reset();
        service.Reset();
        var nanosecondsPerTick = 1e9 / clock.TicksPerSecond;
        var period = rate.PerSecond is { } perSecond ? clock.TicksPerSecond / perSecond : 0;
        long writes = 0;
        while (true)
        {
            var intended = rate.PerSecond is null ? clock.Now : start + (long)(writes * period);
            if (intended >= end)
            {
                break;
            }

            clock.WaitUntil(intended);
            var begin = clock.Now;
            if (begin >= end)
            {
                break;
            }

            write(writes);
            var done = clock.Now;
            LatencyHistograms.Record(latency, (long)((done - intended) * nanosecondsPerTick));
            LatencyHistograms.Record(service, (long)((done - begin) * nanosecondsPerTick));
            writes++;
        }

        var windowSeconds = (double)(end - start) / clock.TicksPerSecond;
        long? intendedWrites = rate.PerSecond is null ? null : (long)Math.Ceiling((end - start) / period);
        return new FixedRateWriterResult(writes, windowSeconds, intendedWrites, latency, service);
    }
}
