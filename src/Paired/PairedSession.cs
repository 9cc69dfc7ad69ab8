using System.Diagnostics;

namespace Lab.Paired;

/// <summary>
/// Alternates two runners in one process: both are warmed in turns, then each pair runs one slice
/// of A and one of B in a random order, and the observation is the pair's log ratio log(tB / tA).
/// What both slices of a pair share (the machine's state of those milliseconds, this process's
/// offset) cancels; an offset particular to one side's load context does not, which is why
/// processes (with the load order alternated) are the replicates.
/// </summary>
internal static class PairedSession
{
    private static long sink;

    /// <summary>The running XOR of every checksum, so no runner's work is dead code.</summary>
    public static long Sink => sink;

    /// <summary>Per-pair log ratios of B over A, in pair order.</summary>
    /// <param name="a">Runner A (base).</param>
    /// <param name="b">Runner B (diff).</param>
    /// <param name="pairs">Pairs to measure.</param>
    /// <param name="invocationsPerSlice">Invocations per slice.</param>
    /// <param name="warmupPairs">Fewest pairs run first and discarded; the warm-up then goes on until tiering settles.</param>
    /// <param name="random">Decides each pair's order.</param>
    /// <remarks>
    /// The checksums are consumed (so no work can be elided) but not compared: each runner's position
    /// in its key stream depends on how long its own warm-up ran.
    /// </remarks>
    public static double[] Run(Func<int, long> a, Func<int, long> b, int pairs, int invocationsPerSlice, int warmupPairs, Random random)
    {
        WarmUp(a, b, invocationsPerSlice, warmupPairs);

        var ratios = new double[pairs];
        for (var i = 0; i < pairs; i++)
        {
            long ticksA, ticksB;
            if (random.Next(2) == 0)
            {
                ticksA = Time(a, invocationsPerSlice);
                ticksB = Time(b, invocationsPerSlice);
            }
            else
            {
                ticksB = Time(b, invocationsPerSlice);
                ticksA = Time(a, invocationsPerSlice);
            }

            ratios[i] = Math.Log((double)Math.Max(ticksB, 1) / Math.Max(ticksA, 1));
        }

        return ratios;
    }

    /// <summary>How long the JIT must compile nothing while both runners run for tiering to count as settled.</summary>
    public static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest warm-up.</summary>
    public static readonly TimeSpan WarmupLimit = TimeSpan.FromSeconds(6);

    /// <summary>
    /// Runs both in turns, at least <paramref name="minimumPairs"/> times, until the process-wide
    /// compiled-method count (tier-ups included) stays unchanged for <see cref="QuietWindow"/> or
    /// <see cref="WarmupLimit"/> passes: each build's own setup warmed it alone, and the closures of
    /// both are only promoted once called in turns past the call-counting delay.
    /// </summary>
    private static void WarmUp(Func<int, long> a, Func<int, long> b, int invocationsPerSlice, int minimumPairs)
    {
        var started = Stopwatch.GetTimestamp();
        var quietSince = started;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var pair = 0; ; pair++)
        {
            sink ^= a(invocationsPerSlice) ^ b(invocationsPerSlice);
            var now = Stopwatch.GetTimestamp();
            var count = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (count != compiled)
            {
                (compiled, quietSince) = (count, now);
            }

            if ((pair >= minimumPairs && Stopwatch.GetElapsedTime(quietSince, now) >= QuietWindow) || Stopwatch.GetElapsedTime(started, now) >= WarmupLimit)
            {
                return;
            }
        }
    }

    private static long Time(Func<int, long> runner, int invocations)
    {
        var start = Stopwatch.GetTimestamp();
        sink ^= runner(invocations);
        return Stopwatch.GetTimestamp() - start;
    }
}
