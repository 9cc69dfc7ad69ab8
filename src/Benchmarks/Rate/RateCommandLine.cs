using System.Globalization;
using System.Runtime.CompilerServices;
using Lab.Benchmarks.Cli;
using Lab.Benchmarks.Harness;
using Lab.References;

namespace Lab.Benchmarks.Rate;

/// <summary>Parses the options of <c>rate</c> runs; every problem is a <see cref="LabUsageException"/> (exit code 2).</summary>
internal static class RateCommandLine
{
    public const string Help = """
        Rate runs: readers flat out while one writer writes at a fixed rate; per-read latency
        distributions (HdrHistogram), coordinated-omission-corrected write latency, visibility lag, GC.

        Usage: dotnet run -c Release --project src/Benchmarks -- rate [options]

        Options:
          --profile quick|default|full   what to measure (default: default)
                                           quick   cow, rwlock, concurrent, hamt, noop x 1K, 100K x rates 0, 100, max
                                                   x cores readers, 1 s per cell; < 3 min
                                           default every thread-safe map + noop x 1K/10K/100K x rates 0, 1, 10, 100,
                                                   1000, 10000, max x 1 and cores readers, 2 s per cell; < 25 min on 2 cores
                                           full    + 1M entries and every GC mode
          --gc workstation|server|concurrent-off[,...]   GC modes (each cell's child process gets its
                                                        DOTNET_gcServer / DOTNET_gcConcurrent); default: the profile's
          --maps ID[,ID...]              only these maps (thread-safe catalog ids or noop)
          --sizes N[,N...]               only these sizes
          --rates R[,R...]               only these writes/s (integers or max)
          --readers N|cores[,...]        only these reader counts
          --window-ms N                  measured time per cell (default: the profile's)
          --results <dir>                where the run folder goes (default: <repo>/results)
          --plan                         print the cells and the estimated duration; run nothing
          --help, -h                     this text

        Every read is timed (chained timestamps: one timer call per read; the noop map's cells are the
        floor, timer_ns_per_call its cost). Cells run in child processes, one per map x size x readers x
        GC mode, each warmed up until JIT tiering settles. Exit codes: 0 done, 1 a cell failed or the
        results could not be written, 2 bad input.

        Output: <results>/<UTC time>-<commit>/latency.csv, environment.csv and histograms/*.hlog
        (columns: results/README.md). scripts/lab rate runs this and publishes the folder; scripts/lab plot <folder> redraws it.
        """;

    /// <exception cref="LabUsageException">An unknown option or value, or a missing value.</exception>
    public static RateOptions Parse(IReadOnlyList<string> args)
    {
        var profile = RateProfile.Default;
        IReadOnlyList<GcMode>? gc = null;
        IReadOnlyList<string>? maps = null;
        IReadOnlyList<int>? sizes = null;
        IReadOnlyList<WriteRate>? rates = null;
        IReadOnlyList<int>? readers = null;
        TimeSpan? window = null;
        string? results = null;
        bool help = false, planOnly = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = Split(args[i]);
            string Next() => inline ?? Value(args, ref i, name);
            switch (name)
            {
                case "--profile":
                    var profileName = Next();
                    profile = RateProfile.Find(profileName)
                        ?? throw new LabUsageException($"Unknown rate profile '{profileName}'. Known profiles: {string.Join(", ", RateProfile.All.Select(p => p.Name))}.");
                    break;
                case "--gc":
                    gc = List(Next(), name, id => GcMode.Find(id), $"one of {string.Join(", ", GcMode.All.Select(mode => mode.Id))}");
                    break;
                case "--maps":
                    maps = List(Next(), name, id => IsMeasurable(id) ? id : null, $"a thread-safe catalog id or {NoopMap<int, int>.Id} ({string.Join(", ", LabMaps.ThreadSafe.Select(entry => entry.Id))})");
                    break;
                case "--sizes":
                    sizes = Numbers(Next(), name, text => Positive(text, 10_000_000), "a size from 1 to 10,000,000");
                    break;
                case "--rates":
                    rates = List(Next(), name, WriteRate.Parse, "writes per second (an integer from 0 to 10,000,000) or max");
                    break;
                case "--readers":
                    readers = Numbers(Next(), name, text => text == "cores" ? RateProfile.Cores : Positive(text, 256), "a thread count from 1 to 256, or cores");
                    break;
                case "--window-ms":
                    var windowText = Next();
                    window = Positive(windowText, 600_000) is { } ms
                        ? TimeSpan.FromMilliseconds(ms)
                        : throw new LabUsageException($"--window-ms: '{windowText}' is not a duration from 1 to 600,000 ms.");
                    break;
                case "--results":
                    results = Next();
                    if (string.IsNullOrWhiteSpace(results))
                    {
                        throw new LabUsageException("--results needs a folder.");
                    }

                    break;
                case "--plan":
                    planOnly = true;
                    break;
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                default:
                    throw new LabUsageException($"Unknown rate option '{args[i]}'.");
            }
        }

        profile = profile with
        {
            GcModes = gc ?? profile.GcModes,
            Maps = maps ?? profile.Maps,
            Sizes = sizes ?? profile.Sizes,
            Rates = rates is null ? profile.Rates : [.. rates.Distinct().OrderBy(rate => rate.PerSecond ?? double.PositiveInfinity)],
            ReaderCounts = readers ?? profile.ReaderCounts,
            Window = window ?? profile.Window,
        };
        return new RateOptions(profile, results, help, planOnly);
    }

    private static bool IsMeasurable(string id)
        => id == NoopMap<int, int>.Id || LabMaps.ThreadSafe.Any(entry => entry.Id == id);

    private static int? Positive(string text, int max)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max ? value : null;

    private static List<T> List<T>(string text, string option, Func<string, T?> parse, string expected)
        where T : class
    {
        var items = new List<T>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var item = part.Length == 0 ? default : parse(part);
            if (item is null)
            {
                throw new LabUsageException($"{option}: '{part}' is not {expected}.");
            }

            if (!items.Contains(item))
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static List<int> Numbers(string text, string option, Func<string, int?> parse, string expected)
        => [.. List(text, option, part => parse(part) is { } value ? new StrongBox<int>(value) : null, expected).Select(box => box.Value).Distinct()];

    private static (string Name, string? Value) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return argument.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (argument[..equals], argument[(equals + 1)..]) : (argument, null);
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string name)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new LabUsageException($"{name} needs a value.");
        }

        return args[++i];
    }
}
