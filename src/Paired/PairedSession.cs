using System.Diagnostics;

namespace Lab.Paired;

/// <summary>
/// Alternates two runners of one cell in one process: both are warmed in turns until the JIT has
/// settled, the slice length is calibrated, then each pair runs one slice of A and one of B in a
/// random order, and the observation is the pair's log ratio of time per operation,
/// log((tB / opsB) / (tA / opsA)).
/// </summary>
/// <remarks>
/// <para>
/// The host runs without tiered compilation: both builds' code is fully optimized from its first
/// call and carries no Dynamic PGO, so the two load contexts cannot settle into different tiers or
/// different profile-guided decisions (with tiering, a side left behind moved a whole process's
/// ratio by up to 8x on this machine). What is compared is therefore each build's fully optimized
/// code without PGO; a question that depends on PGO is one for launch mode.
/// </para>
/// <para>
/// What both slices of a pair share (the machine's state of those milliseconds, this process's
/// offset) cancels; an offset particular to one side's load context does not, which is why
/// processes (with the load order alternated) are the replicates and a process reports the median
/// of its pairs. <see cref="SliceRunner.AfterSlice"/> runs after every slice, outside the timing.
/// </para>
/// <para>
/// Both slices of a pair run the same number of invocations, but an invocation need not hold the same
/// work on both sides: a matrix cell's invocation length is sized per map (cow at 100K entries runs
/// 1,800 operations per invocation where leftright runs 446,800), so the ratio is per operation.
/// When a side does not state its operations (a build of contract version 2), the ratio is per
/// invocation, as that version compared it.
/// </para>
/// </remarks>
internal static class PairedSession
{
    private static long sink;

    /// <summary>The running XOR of every checksum, so no runner's work is dead code.</summary>
    public static long Sink => sink;

    /// <summary>
    /// How long the JIT must compile nothing while both runners run. The host runs without tiered
    /// compilation (Lab.Paired.csproj), so code is final after its first call; the window covers
    /// what a first pass still compiles late (generic instantiations, cold paths of the first writes).
    /// </summary>
    public static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest warm-up of one cell.</summary>
    public static readonly TimeSpan WarmupLimit = TimeSpan.FromSeconds(6);

    /// <summary>Fewest pairs of a warm-up, however quiet the JIT already is.</summary>
    public const int MinimumWarmupPairs = 20;

    /// <summary>Warms both runners, calibrates the slice and measures pairs for <paramref name="measureTime"/>.</summary>
    /// <param name="a">Runner A (base).</param>
    /// <param name="b">Runner B (diff).</param>
    /// <param name="sliceTime">The shortest slice wanted (the slower side's); bounded by the runners' <see cref="SliceRunner.MaxInvocations"/>.</param>
    /// <param name="measureTime">How long to measure pairs (at least <paramref name="minimumPairs"/> are measured).</param>
    /// <param name="minimumPairs">Fewest measured pairs.</param>
    /// <param name="random">Decides each pair's order.</param>
    /// <param name="clock">The time source: ticks of <see cref="Stopwatch.Frequency"/> per second (tests drive their own).</param>
    public static PairedCellResult Measure(SliceRunner a, SliceRunner b, TimeSpan sliceTime, TimeSpan measureTime, int minimumPairs, Random random, Func<long>? clock = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(random);
        var now = clock ?? Stopwatch.GetTimestamp;
        var maxInvocations = Math.Min(a.MaxInvocations, b.MaxInvocations);
        var invocations = Calibrate(a, b, 1, maxInvocations, sliceTime, now);
        var settled = WarmUp(a, b, invocations, now);
        invocations = Calibrate(a, b, invocations, maxInvocations, sliceTime, now); // tier-1 code is faster than what the first calibration ran

        var perOperation = a.OperationsPerInvocation is { } opsA && b.OperationsPerInvocation is { } opsB
            ? Math.Log((double)opsA / opsB)
            : 0;
        var ratios = new List<double>();
        var started = now();
        while (ratios.Count < minimumPairs || Elapsed(started, now()) < measureTime)
        {
            long ticksA, ticksB;
            if (random.Next(2) == 0)
            {
                ticksA = Time(a, invocations, now);
                ticksB = Time(b, invocations, now);
            }
            else
            {
                ticksB = Time(b, invocations, now);
                ticksA = Time(a, invocations, now);
            }

            ratios.Add(Math.Log((double)Math.Max(ticksB, 1) / Math.Max(ticksA, 1)) + perOperation);
        }

        return new PairedCellResult([.. ratios], invocations, settled);
    }

    /// <summary>The invocations per slice: doubled from <paramref name="start"/> until the slower side's slice lasts <paramref name="sliceTime"/>, at most <paramref name="max"/>.</summary>
    private static int Calibrate(SliceRunner a, SliceRunner b, int start, int max, TimeSpan sliceTime, Func<long> now)
    {
        var invocations = Math.Min(start, max);
        while (invocations < max)
        {
            var slowest = Math.Max(Time(a, invocations, now), Time(b, invocations, now));
            if (slowest * TimeSpan.TicksPerSecond / Stopwatch.Frequency >= sliceTime.Ticks)
            {
                break;
            }

            invocations = (int)Math.Min((long)invocations * 2, max);
        }

        return invocations;
    }

    /// <summary>
    /// Runs both in turns, at least <see cref="MinimumWarmupPairs"/> times, until the process-wide
    /// compiled-method count (tier-ups included) stays unchanged for <see cref="QuietWindow"/> or
    /// <see cref="WarmupLimit"/> passes; true when it settled.
    /// </summary>
    private static bool WarmUp(SliceRunner a, SliceRunner b, int invocations, Func<long> now)
    {
        var started = now();
        var quietSince = started;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var pair = 0; ; pair++)
        {
            Time(a, invocations, now);
            Time(b, invocations, now);
            var at = now();
            var count = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (count != compiled)
            {
                (compiled, quietSince) = (count, at);
            }

            if (pair >= MinimumWarmupPairs && Elapsed(quietSince, at) >= QuietWindow)
            {
                return true;
            }

            if (Elapsed(started, at) >= WarmupLimit)
            {
                return false;
            }
        }
    }

    private static TimeSpan Elapsed(long from, long to) => TimeSpan.FromTicks((to - from) * TimeSpan.TicksPerSecond / Stopwatch.Frequency);

    private static long Time(SliceRunner runner, int invocations, Func<long> now)
    {
        var start = now();
        sink ^= runner.Run(invocations);
        var ticks = now() - start;
        runner.AfterSlice();
        return ticks;
    }
}
