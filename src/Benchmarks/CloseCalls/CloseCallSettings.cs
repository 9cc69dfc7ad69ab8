using Lab.CommandLine;
using Lab.Results;

namespace Lab.Benchmarks.CloseCalls;

/// <summary>
/// How much the close-call step may measure after a matrix run, so its time is bounded before it starts:
/// at most <see cref="MaxCalls"/> close calls (the closest first), each in <see cref="Processes"/> processes of the
/// paired host with <see cref="CellTime"/> of paired slices after warm-up.
/// </summary>
/// <param name="MaxCalls">Close calls measured per run; the rest are written as <see cref="CloseCallRow.OverCap"/>. 0 skips the step.</param>
/// <param name="Processes">Processes per close call (the replicates of the signed-rank test).</param>
/// <param name="CellTime">Measured time per process after warm-up (Lab.Paired <c>--cell-ms</c>).</param>
/// <param name="MinimumPairs">Fewest measured pairs per process (Lab.Paired <c>--min-pairs</c>).</param>
internal sealed record CloseCallSettings(int MaxCalls, int Processes, TimeSpan CellTime, int MinimumPairs)
{
    /// <summary>The lab option that sets the cap (0: no close-call step).</summary>
    public static readonly ValueOption<int> Option = new("--close-calls", "<n>", """
        close calls measured after the matrix (default 10; 0: none): cells
        whose two fastest maps are within one launch's noise, compared in
        process (src/Paired --maps), written to close-calls.csv
        """, ValueParsers.WholeNumber(0, 1000));

    /// <summary>
    /// A process's cost besides its measured time, as measured on the lab's 2-core machine: starting the host and
    /// loading the build twice (about 1 s), setting up both maps' cells (up to 2 s at 1M entries) and the JIT
    /// warm-up (until nothing compiles for 100 ms; usually about 1 s, at most 6 s).
    /// </summary>
    public static TimeSpan ProcessOverhead { get; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// A measured run: 10 calls x 12 processes x 300 ms. 12 processes are the fewest whose signed-rank test can
    /// reach the Holm level of the first of 10 calls at family-wise alpha 0.01 (2 / 2^12 &lt; 0.001).
    /// </summary>
    public static CloseCallSettings Default { get; } = new(10, 12, TimeSpan.FromMilliseconds(300), 30);

    /// <summary>A dry run (<c>--job Dry</c>): one call, two processes of 20 ms: the path exercised, nothing decided.</summary>
    public static CloseCallSettings Dry { get; } = new(1, 2, TimeSpan.FromMilliseconds(20), 5);

    /// <summary>The settings of a run: <see cref="Dry"/> for BenchmarkDotNet's Dry job, else <see cref="Default"/>; <paramref name="maxCalls"/> replaces the cap when given.</summary>
    public static CloseCallSettings For(IReadOnlyList<string> benchmarkArguments, int? maxCalls)
    {
        var settings = IsDryJob(benchmarkArguments) ? Dry : Default;
        return maxCalls is { } cap ? settings with { MaxCalls = cap } : settings;
    }

    /// <summary>The longest the step can take: every allowed call measured.</summary>
    public TimeSpan Bound => (ProcessOverhead + CellTime) * Processes * MaxCalls;

    /// <summary>The line --plan prints.</summary>
    public string PlanLine()
        => MaxCalls == 0
            ? "close calls: not measured (--close-calls 0)"
            : $"close calls (runner-up within {(Math.Exp(CloseCallRow.NoiseLogRatio) - 1) * 100:0}% of the leader): after the matrix, at most {MaxCalls} x {Processes} processes x ({CellTime.TotalMilliseconds:0} ms + ~{ProcessOverhead.TotalSeconds:0} s), at most {(int)Bound.TotalMinutes} min {Bound.Seconds} s";

    private static bool IsDryJob(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] is "--job" or "-j" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--job=", StringComparison.Ordinal) ? args[i]["--job=".Length..]
                : null;
            if (string.Equals(value, "Dry", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
