using System.Diagnostics;
using Lab.Maps;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// What one write of a rate cell does: update an existing key from the writer's own uniform stream
/// (the size stays constant), except that every <see cref="StampEvery"/>-th write stamps the sentinel
/// key instead: it records its start time in the ring of write starts, then sets the sentinel to the
/// stamp's number, so a reader that sees the number knows when that write began.
/// </summary>
internal sealed class SentinelWriter
{
    /// <summary>Length of the ring of write start times: 64 KB, below the large object heap's threshold.</summary>
    public const int RingLength = 8192;

    private readonly IConcurrentMap<int, int> map;
    private readonly int[] keys;
    private readonly int[] stream;
    private readonly int sentinel;
    private int stamp;

    /// <param name="map">The map under test.</param>
    /// <param name="keys">The prefilled keys.</param>
    /// <param name="stream">Key indexes, a power of two long.</param>
    /// <param name="sentinel">The sentinel key.</param>
    /// <param name="rate">The target, which sets how often a write stamps the sentinel.</param>
    public SentinelWriter(IConcurrentMap<int, int> map, int[] keys, int[] stream, int sentinel, WriteRate rate)
    {
        this.map = map;
        this.keys = keys;
        this.stream = stream;
        this.sentinel = sentinel;
        StampEvery = StampInterval(rate);
    }

    /// <summary>Stopwatch timestamp at which each stamp's write started, at index stamp &amp; (<see cref="RingLength"/> - 1).</summary>
    public long[] WriteStarts { get; } = new long[RingLength];

    /// <summary>One write in this many stamps the sentinel.</summary>
    public int StampEvery { get; }

    /// <summary>
    /// Every second write up to 200 writes/s (so slow rates still yield lag samples, while half the writes
    /// still spread over the map's keys: a map whose periodic cost depends on the keys written, such as
    /// <c>layered</c>'s compaction, reaches it at slow rates too), about 100 stamps per second above that,
    /// and every 100th write at <see cref="WriteRate.Max"/>. Never 1: a writer that only stamped the
    /// sentinel would write one key forever.
    /// </summary>
    public static int StampInterval(WriteRate rate) => rate.PerSecond switch
    {
        null => 100,
        <= 200 => 2,
        { } perSecond => (int)(perSecond / 100),
    };

    /// <summary>Performs write number <paramref name="index"/> (0-based).</summary>
    public void Write(long index)
    {
        if (index % StampEvery == 0)
        {
            var next = stamp + 1;
            Volatile.Write(ref WriteStarts[next & (RingLength - 1)], Stopwatch.GetTimestamp());
            map.Set(sentinel, next);
            stamp = next;
        }
        else
        {
            map.Set(keys[stream[(int)(index & (stream.Length - 1))]], unchecked((int)index));
        }
    }
}
