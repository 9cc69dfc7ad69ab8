namespace Lab.Benchmarks.Experiments;

/// <summary>
/// Values for timed writes that never repeat, across workers and across phases: the maps skip a
/// write that would not change the value (no clone, no publish), so a value that repeats an earlier
/// phase's would make writes free. Values are negative, so they never equal a prefilled value (the key's
/// index). Each worker counts on its own cache line. Uniqueness holds within one instance only: a map
/// written in several phases or cells takes one instance for its whole life, sized for its most workers.
/// </summary>
internal sealed class WriteStamps(int workers)
{
    private const int padding = 16; // longs per counter: 128 bytes, two cache lines
    private readonly long[] counters = new long[workers * padding];

    /// <summary>The next value for <paramref name="worker"/>; unique among all values this instance returns.</summary>
    public int Next(int worker) => unchecked((int)(-((++counters[worker * padding] * workers) + worker)));
}
