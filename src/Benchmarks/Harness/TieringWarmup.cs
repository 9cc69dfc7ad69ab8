using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Lab.Benchmarks.Harness;

/// <summary>
/// Runs a cell's workload, in its <c>[GlobalSetup]</c>, until the JIT has stopped recompiling: no
/// method compiled for <see cref="QuietWindow"/> while the workload kept running.
/// </summary>
/// <remarks>
/// <para>
/// Every cell runs in a fresh process, and tiered compilation takes its time to reach the code a
/// long-running process runs: tier 0, then (Dynamic PGO) an instrumented tier, then tier 1, each
/// promotion waiting for a 100 ms call-counting delay that restarts whenever new code is jitted,
/// and compiled by a background thread that the workers compete with (on 2 cores, two busy workers
/// leave it a third of the machine). Measured on this lab's quick profile before this warm-up, over
/// six launches per cell: the first five measured iterations were up to 2.8 times slower than the
/// next five, consistently across launches. BenchmarkDotNet's fixed warm-up counts (2 or 3 short
/// iterations) end before the tiering does.
/// </para>
/// <para>
/// The criterion is the process-wide <see cref="JitInfo.GetCompiledMethodCount"/>, which counts
/// every compilation, tier-ups included: when it stays unchanged for <see cref="QuietWindow"/>
/// (2.5 call-counting delays) of running the workload, tiering has settled. <see cref="Limit"/>
/// bounds the warm-up of a cell that never settles (the cell is then measured as it is, and the
/// log says so). Measured time and state are untouched: this runs before BenchmarkDotNet's own
/// pilot and warm-up stages.
/// </para>
/// </remarks>
internal static class TieringWarmup
{
    /// <summary>How long the compiled-method count must stay unchanged.</summary>
    public static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest warm-up of one cell.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(6);

    /// <summary>
    /// Calls <paramref name="step"/> until no method has been compiled for <see cref="QuietWindow"/>
    /// or <see cref="Limit"/> has passed, and writes one line saying which, for the run's log.
    /// </summary>
    /// <param name="step">One short unit of the cell's workload (an invocation, a few operations).</param>
    /// <param name="log">Where the summary line goes; BenchmarkDotNet keeps the benchmark process's output in its log.</param>
    /// <returns>Whether tiering settled within <see cref="Limit"/>.</returns>
    public static bool Run(Action step, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(log);
        var clock = Stopwatch.StartNew();
        var compiledAtStart = JitInfo.GetCompiledMethodCount();
        var compiled = compiledAtStart;
        var lastCompilation = TimeSpan.Zero;
        var steps = 0L;
        bool settled;
        while (true)
        {
            step();
            steps++;
            var now = clock.Elapsed;
            var count = JitInfo.GetCompiledMethodCount();
            if (count != compiled)
            {
                compiled = count;
                lastCompilation = now;
            }

            if (now - lastCompilation >= QuietWindow)
            {
                settled = true;
                break;
            }

            if (now >= Limit)
            {
                settled = false;
                break;
            }
        }

        log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Tiering warm-up: {(settled ? "settled" : "NOT settled")} after {clock.Elapsed.TotalMilliseconds:F0} ms, {steps} steps, {compiled - compiledAtStart} methods compiled"));
        return settled;
    }
}
