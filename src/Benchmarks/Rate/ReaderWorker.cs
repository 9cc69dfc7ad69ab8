using System.Diagnostics;
using System.Runtime.CompilerServices;
using HdrHistogram;
using Lab.Maps;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// One reader thread of a rate cell: looks up keys from its own precomputed uniform stream, flat out,
/// and records every read's latency into its own histogram. Timestamps are chained: the timestamp
/// taken after read i is the start of read i + 1, so each read costs one timer call and no read is
/// left untimed (a pause that stops the thread inside any read is recorded); a read's latency
/// therefore includes one timer call and the loop's own work, the floor that the <c>noop</c> map's
/// cells measure. Every <see cref="SentinelEvery"/>-th read looks up the sentinel key instead: when it
/// carries a write number not seen before, the time since that write started is a visibility lag.
/// </summary>
internal sealed class ReaderWorker
{
    /// <summary>One read in this many reads the sentinel key.</summary>
    public const int SentinelEvery = 64;

    /// <summary>Reads per <see cref="ReadBlock"/> call: the unit of the warm-up and of polling the stop flag.</summary>
    public const int BlockSize = 1024;

    private readonly IConcurrentMap<int, int> map;
    private readonly int[] keys;
    private readonly int[] stream;
    private readonly int sentinel;
    private readonly long[] writeStarts;
    private int position;
    private int lastSeenWrite;
    private int sink;

    /// <param name="map">The map under test.</param>
    /// <param name="keys">The prefilled keys; the stream holds indexes into it.</param>
    /// <param name="stream">Key indexes, a power of two long, read cyclically from <paramref name="offset"/>.</param>
    /// <param name="offset">Start position in the stream (readers start apart).</param>
    /// <param name="sentinel">The sentinel key: its value is the number (1-based) of the latest write stamped on it.</param>
    /// <param name="writeStarts">Stopwatch timestamp at which stamp n's write started, at index n &amp; (length - 1); a power of two long, written before the write.</param>
    public ReaderWorker(IConcurrentMap<int, int> map, int[] keys, int[] stream, int offset, int sentinel, long[] writeStarts)
    {
        if (stream.Length == 0 || (stream.Length & (stream.Length - 1)) != 0)
        {
            throw new ArgumentException("The stream length must be a power of two.", nameof(stream));
        }

        if (writeStarts.Length == 0 || (writeStarts.Length & (writeStarts.Length - 1)) != 0)
        {
            throw new ArgumentException("The write-start ring length must be a power of two.", nameof(writeStarts));
        }

        this.map = map;
        this.keys = keys;
        this.stream = stream;
        this.sentinel = sentinel;
        this.writeStarts = writeStarts;
        position = offset;
    }

    /// <summary>Read latencies, ns.</summary>
    public LongHistogram Latency { get; } = LatencyHistograms.Create("reader");

    /// <summary>Visibility lags this reader observed, ns.</summary>
    public LongHistogram Lag { get; } = LatencyHistograms.Create("lag");

    /// <summary>Reads done per second of the measured run.</summary>
    public double OperationsPerSecond { get; private set; }

    /// <summary>Values read, consumed so no lookup is dead code.</summary>
    public int Sink => sink;

    /// <summary>Discards what was recorded so far (the histograms are cleared in place: a histogram is a large-object-heap array, and allocating new ones between a cell's runs would add the harness's own gen2 collections).</summary>
    public void Reset()
    {
        Latency.Reset();
        Lag.Reset();
        lastSeenWrite = 0;
        map.TryGetValue(sentinel, out lastSeenWrite);
    }

    /// <summary>Reads in blocks until <paramref name="stop"/> is set; the rate is reads over the time from the first to the last timestamp.</summary>
    public void Run(StrongBox<bool> stop)
    {
        var first = Stopwatch.GetTimestamp();
        var last = first;
        while (!Volatile.Read(ref stop.Value))
        {
            last = ReadBlock(last);
        }

        var seconds = (double)(last - first) / Stopwatch.Frequency;
        OperationsPerSecond = seconds > 0 ? Latency.TotalCount / seconds : 0;
    }

    /// <summary>Performs <see cref="BlockSize"/> timed reads starting after <paramref name="previous"/>; returns the last timestamp.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public long ReadBlock(long previous)
    {
        var latency = Latency;
        var mask = stream.Length - 1;
        for (var i = 0; i < BlockSize; i++)
        {
            var p = position++;
            if ((p & (SentinelEvery - 1)) == 0)
            {
                map.TryGetValue(sentinel, out var stamp);
                var now = Stopwatch.GetTimestamp();
                LatencyHistograms.Record(latency, LatencyHistograms.StopwatchTicksToNanoseconds(now - previous));
                previous = now;
                if (stamp > lastSeenWrite)
                {
                    lastSeenWrite = stamp;
                    LatencyHistograms.Record(Lag, LatencyHistograms.StopwatchTicksToNanoseconds(now - Volatile.Read(ref writeStarts[stamp & (writeStarts.Length - 1)])));
                }
            }
            else
            {
                map.TryGetValue(keys[stream[p & mask]], out var value);
                sink += value;
                var now = Stopwatch.GetTimestamp();
                LatencyHistograms.Record(latency, LatencyHistograms.StopwatchTicksToNanoseconds(now - previous));
                previous = now;
            }
        }

        return previous;
    }
}
