using Lab.Benchmarks.Harness;
using Lab.CommandLine;
using Lab.References;

namespace Lab.Benchmarks.Rate;

/// <summary>The options of <c>rate</c> runs; every problem is a <see cref="UsageException"/> (exit code 2).</summary>
internal static class RateCommandLine
{
    public static readonly ValueOption<RateProfile> Profile = new("--profile", "quick|default|full", """
        what to measure (default: default); every cell in 3 replicates (child
        processes), each after a steady-state warm-up (docs/write-rate-runs.md)
          quick   cow, rwlock, concurrent, hamt, noop x 1K, 100K x rates 0, 100
                  x cores readers, 0.4 s windows; about 2 min
          default every thread-safe map + noop x 10K/100K x rates 0, 100, 1000,
                  10000 x 2 and 4 readers, 0.8 s windows; about 21 min on 2 cores
          full    + 1K, 1M entries, rates 1, 10, max, 1 reader, every GC mode
        """, ValueParsers.OneOf(RateProfile.All, profile => profile.Name));

    public static readonly ValueOption<int> Replicates = new("--replicates", "N", "measurements of every cell, each in its own child process (default: the profile's, 3)", ValueParsers.WholeNumber(1, 100, "a replicate count from 1 to 100"));

    public static readonly ValueOption<int> WarmupCapMs = new("--warmup-cap-ms", "N", "longest steady-state warm-up per cell (default: the profile's)", ValueParsers.WholeNumber(1, 600_000, "a duration from 1 to 600,000 ms"));

    public static readonly ValueOption<IReadOnlyList<GcMode>> Gc = new("--gc", "workstation|server|concurrent-off[,...]", """
        GC modes (each cell's child process gets its DOTNET_gcServer /
        DOTNET_gcConcurrent); default: the profile's
        """, ValueParsers.OneOf(GcMode.All, mode => mode.Id).List());

    public static readonly ValueOption<IReadOnlyList<string>> Maps = new(
        "--maps",
        "ID[,ID...]",
        "only these maps (thread-safe catalog ids or noop)",
        ValueParsers.Of($"a thread-safe catalog id or {NoopMap<int, int>.Id} ({string.Join(", ", LabMaps.ThreadSafe.Select(entry => entry.Id))})", id => IsMeasurable(id) ? id : null).List());

    public static readonly ValueOption<IReadOnlyList<int>> Sizes = new("--sizes", "N[,N...]", "only these sizes", ValueParsers.WholeNumber(1, 10_000_000, "a size from 1 to 10,000,000").List());

    public static readonly ValueOption<IReadOnlyList<WriteRate>> Rates = new(
        "--rates",
        "R[,R...]",
        "only these writes/s (integers or max)",
        ValueParsers.Of("writes per second (an integer from 0 to 10,000,000) or max", WriteRate.Parse).List());

    public static readonly ValueOption<IReadOnlyList<int>> Readers = new(
        "--readers",
        "N|cores[,...]",
        "only these reader counts",
        ValueParsers.WholeNumber(1, 256).Or("cores", RateProfile.Cores, "a thread count from 1 to 256, or cores").List());

    public static readonly ValueOption<int> WindowMs = new("--window-ms", "N", "measured time per cell, 4 warm-up sub-windows long (default: the profile's)", ValueParsers.WholeNumber(1, 600_000, "a duration from 1 to 600,000 ms"));

    public static readonly ValueOption<string> Results = new("--results", "<dir>", "where the run folder goes (default: <repo>/results)", ValueParsers.Text);

    public static readonly Flag Plan = new("--plan", "print the cells and the estimated duration; run nothing");

    public static Command Command { get; } = new("Lab.Benchmarks rate", """
        Rate runs: readers flat out while one writer writes at a fixed rate; per-read latency
        distributions (HdrHistogram), coordinated-omission-corrected write latency, visibility lag, GC.
        """)
    {
        Usage = ["dotnet run -c Release --project src/Benchmarks -- rate [options]"],
        Options = [Profile, Replicates, Gc, Maps, Sizes, Rates, Readers, WindowMs, WarmupCapMs, Results, Plan],
        Notes = """
            Every read is timed (chained timestamps: one timer call per read; the noop map's cells are the
            floor, timer_ns_per_call its cost). Cells run in child processes, one per replicate of a size x
            readers x GC mode group (replicate 1 of every group, then replicate 2, ...), measuring every map in
            an order shuffled per replicate; each process warms the JIT up until tiering settles, each cell
            runs at its rate until it reaches its steady state (or the warm-up cap) before its window. Exit codes: 0 done, 1 a cell failed or the
            results could not be written, 2 bad input.

            Output: <results>/<UTC time>-<commit>/latency.csv, environment.csv and histograms/*.hlog
            (columns: results/README.md). scripts/lab rate runs this and publishes the folder; scripts/lab plot <folder> redraws it.
            """,
    };

    /// <summary>The help of rate runs.</summary>
    public static string Help => Command.Help();

    /// <summary>The options of <paramref name="parsed"/>: the profile with every narrowing option applied.</summary>
    public static RateOptions From(ParseResult parsed)
    {
        var profile = parsed.Get(Profile) ?? RateProfile.Default;
        profile = profile with
        {
            GcModes = parsed.Get(Gc) ?? profile.GcModes,
            Maps = parsed.Get(Maps) ?? profile.Maps,
            Sizes = parsed.Get(Sizes) ?? profile.Sizes,
            Rates = parsed.Get(Rates) is { } rates ? [.. rates.OrderBy(rate => rate.PerSecond ?? double.PositiveInfinity)] : profile.Rates,
            ReaderCounts = parsed.Get(Readers) ?? profile.ReaderCounts,
            Window = parsed.Has(WindowMs) ? TimeSpan.FromMilliseconds(parsed.Get(WindowMs)) : profile.Window,
            WarmupCap = parsed.Has(WarmupCapMs) ? TimeSpan.FromMilliseconds(parsed.Get(WarmupCapMs)) : profile.WarmupCap,
            Replicates = parsed.Has(Replicates) ? parsed.Get(Replicates) : profile.Replicates,
        };
        return new RateOptions(profile, parsed.Get(Results), parsed.Has(Plan));
    }

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="UsageException">An unknown option or value, or a missing value.</exception>
    public static RateOptions Parse(IReadOnlyList<string> args) => From(Command.Parse(args));

    private static bool IsMeasurable(string id)
        => id == NoopMap<int, int>.Id || LabMaps.ThreadSafe.Any(entry => entry.Id == id);

}
