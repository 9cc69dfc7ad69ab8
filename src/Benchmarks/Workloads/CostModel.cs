using Lab.Maps;

namespace Lab.Benchmarks.Workloads;

/// <summary>
/// Rough per-operation costs used only to size invocations (so that one invocation of the
/// cheapest and the most expensive cell both take milliseconds, not microseconds or minutes) and
/// to estimate a run's duration. Deliberately pessimistic for copying designs: a too-small
/// invocation is only repeated more often by BenchmarkDotNet's pilot, a too-large one wastes
/// minutes. Never used to compute a result.
/// </summary>
internal static class CostModel
{
    /// <summary>Cap on operations per worker per invocation, which bounds the streams' memory (5 bytes per operation).</summary>
    public const int MaxOpsPerThread = 1_000_000;

    /// <summary>Estimated nanoseconds of one read.</summary>
    public static double ReadNs(string map, int size, string keys)
    {
        var baseNs = map switch
        {
            "noop" => 8,
            "dictionary" or "frozen" => 8,
            "cow" or "cas" or "batched" or "concurrent" or "nonblocking" => 12,
            "leftright" => 20, // a lookup plus two interlocked adds on the read indicator
            "sharded" => 16,
            "layered" => 25,
            "hamt" => 35,
            "rwlock" => 45,
            "immutable" or "languageext" or "imtools" => 60,
            _ => 50,
        };
        var cacheFactor = size >= 1_000_000 ? 4.0 : size >= 100_000 ? 2.5 : size >= 10_000 ? 1.3 : 1.0;
        var keyNs = KeyDistribution.UsesStringKeys(keys) ? 40 : 0;
        return map == "noop" ? baseNs : (baseNs * cacheFactor) + keyNs;
    }

    /// <summary>Estimated nanoseconds of one write (update, remove or reinsert), garbage collection included.</summary>
    public static double WriteNs(string map, int size, string keys)
    {
        var keyFactor = KeyDistribution.UsesStringKeys(keys) ? 2.0 : 1.0;
        var copy = size >= 100_000 ? 10.0 : 6.0; // per entry copied; LOH garbage from ~5K entries
        return map switch
        {
            "noop" => 2,
            "dictionary" => 20,
            "rwlock" => 100,
            "concurrent" or "nonblocking" => 120,
            "leftright" => 2_000 * keyFactor, // two O(1) writes plus the wait for readers, which oversubscribed cells stretch
            "immutable" => 800 * keyFactor,
            "hamt" or "languageext" or "imtools" => 600 * keyFactor, // path copies, O(log n)
            "sharded" => 300 + (copy * size / ShardedCowMap<int, int>.DefaultShardCount * keyFactor),
            "frozen" => 2_000 + (60.0 * size * keyFactor),

            // cow, cas, and until their own designs land the placeholders layered, batched.
            _ => 500 + (copy * size * keyFactor),
        };
    }

    /// <summary>
    /// Estimated wall time of one invocation: reads spread over the cores, writes to one map
    /// serialized (every copying design publishes one write at a time).
    /// </summary>
    public static double InvocationNs(string map, Mix mix, int size, int threads, string keys, int opsPerThread, int cores)
    {
        var total = (double)threads * opsPerThread;
        var parallelism = Math.Min(threads, Math.Max(1, cores));
        var reads = total * mix.ReadPermille / 1000.0;
        var writes = total - reads;
        return (reads * ReadNs(map, size, keys) / parallelism) + (writes * WriteNs(map, size, keys));
    }

    /// <summary>
    /// Operations per worker so one invocation takes about <paramref name="targetNs"/>: a multiple
    /// of the mix's block size (so the mix is exact in every invocation), at least one block.
    /// </summary>
    public static int OpsPerThread(string map, Mix mix, int size, int threads, string keys, double targetNs, int cores)
    {
        var perOpPerThread = InvocationNs(map, mix, size, threads, keys, 1, cores);
        var block = mix.BlockSize;
        var wanted = targetNs / perOpPerThread;
        var blocks = (long)Math.Floor(wanted / block);
        return (int)Math.Clamp(blocks, 1, MaxOpsPerThread / block) * block;
    }
}
