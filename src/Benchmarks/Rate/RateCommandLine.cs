using Lab.Benchmarks.Harness;
using Lab.CommandLine;
using Lab.References;

namespace Lab.Benchmarks.Rate;

/// <summary>The options of <c>rate</c> runs; every problem is a <see cref="UsageException"/> (exit code 2).</summary>
internal static class RateCommandLine
{
    public static readonly ValueOption<RateProfile> Profile = new("--profile", "quick|default|full", """
        what to measure (default: default)
          quick   cow, rwlock, concurrent, hamt, noop x 1K, 100K x rates 0, 100, max
                  x cores readers, 1 s per cell; < 3 min
          default every thread-safe map + noop x 1K/10K/100K x rates 0, 1, 10, 100,
                  1000, 10000, max x 1 and cores readers, 2 s per cell; < 25 min on 2 cores
          full    + 1M entries and every GC mode
        """, ValueParsers.OneOf(RateProfile.All, profile => profile.Name));

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

    public static readonly ValueOption<int> WindowMs = new("--window-ms", "N", "measured time per cell (default: the profile's)", ValueParsers.WholeNumber(1, 600_000, "a duration from 1 to 600,000 ms"));

    public static readonly ValueOption<string> Results = new("--results", "<dir>", "where the run folder goes (default: <repo>/results)", ValueParsers.Text);

    public static readonly Flag Plan = new("--plan", "print the cells and the estimated duration; run nothing");

    public static Command Command { get; } = new("Lab.Benchmarks rate", """
        Rate runs: readers flat out while one writer writes at a fixed rate; per-read latency
        distributions (HdrHistogram), coordinated-omission-corrected write latency, visibility lag, GC.
        """)
    {
        Usage = ["dotnet run -c Release --project src/Benchmarks -- rate [options]"],
        Options = [Profile, Gc, Maps, Sizes, Rates, Readers, WindowMs, Results, Plan, Sharding.ShardOptions.Cells, Sharding.ShardOptions.Shard, Sharding.ShardOptions.Shards],
        Notes = """
            Every read is timed (chained timestamps: one timer call per read; the noop map's cells are the
            floor, timer_ns_per_call its cost). Cells run in child processes, one per map x size x readers x
            GC mode, each warmed up until JIT tiering settles. Exit codes: 0 done, 1 a cell failed or the
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
        };
        return new RateOptions(profile, parsed.Get(Results), parsed.Has(Plan)) { Sharding = Sharding.ShardOptions.From(parsed, parsed.Has(Plan), parsed.Has(Sharding.ShardOptions.Cells)) };
    }

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="UsageException">An unknown option or value, or a missing value.</exception>
    public static RateOptions Parse(IReadOnlyList<string> args) => From(Command.Parse(args));

    private static bool IsMeasurable(string id)
        => id == NoopMap<int, int>.Id || LabMaps.ThreadSafe.Any(entry => entry.Id == id);

}
