using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Experiments;

/// <summary>
/// Per-worker key streams drawn before timing (no random numbers in the measured loop), each from
/// its own seed so workers do not walk the same keys in lockstep; replayed cyclically with <see cref="Mask"/>.
/// </summary>
internal static class KeyStreams
{
    public const int Length = 1 << 14;
    public const int Mask = Length - 1;

    public static int[][] PerWorker(int[] keys, int workers)
        => [.. Enumerable.Range(0, workers).Select(worker => Draw(keys, StreamBuilder.Seed + worker))];

    public static int[] Draw(int[] keys, int seed, int length = Length)
    {
        var sampler = KeySampler.Create(KeyDistribution.Uniform, keys.Length, seed);
        var stream = new int[length];
        for (var i = 0; i < stream.Length; i++)
        {
            stream[i] = keys[sampler.Next()];
        }

        return stream;
    }
}
