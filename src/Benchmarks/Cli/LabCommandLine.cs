using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Cli;

/// <summary>
/// Parses the lab's options (<c>--profile</c>, <c>--results</c>, <c>--help</c>) out of the command
/// line and leaves every other argument, in order, to BenchmarkDotNet.
/// </summary>
internal static class LabCommandLine
{
    public const string Help = """
        Lab benchmarks: the threaded map matrix and the design targets, exported to CSV.

        Usage: dotnet run -c Release --project src/Benchmarks -- [lab options] [BenchmarkDotNet options]
               dotnet run -c Release --project src/Benchmarks -- rate [rate options]   (fixed-rate writers, latency; below)

        Lab options:
          --profile quick|default|full   what to measure (default: default)
                                           quick   smoke subset; CI runs it with --job Dry
                                           default every thread-safe map + noop (+ dictionary single-threaded
                                                   read100) x read100/99/90/50 x 1K/10K/100K x 1, cores, 2 x cores
                                                   threads, uniform keys, plus the design targets; < 45 min on 2 cores
                                           full    + churn mix, 1M entries, zipf and long-prefix string keys
                                           experiments  the curriculum's claims measured (issue 13), in
                                                   process, ~6 min: the verb experiments --help
          --results <dir>                where run folders and latest/ go (default: <repo>/results)
          --plan                         print the selected cells (one line per scenario x map), the counts
                                         and the estimated duration; run nothing
          --cells                        print the selected cell ids, one per line and nothing else (the
                                         cell list of scripts/lab compare's in-process mode); run nothing
          --help, -h                     this text, then BenchmarkDotNet's options

        Without --filter the profile's own benchmarks run (matrix and targets); any --filter replaces
        that, e.g. --filter '*Store*'. Quote the filter: an unquoted * that the shell expanded into the
        current folder's entries is recognized (and run as '*'), any other expansion fails to match.
        Every other option is BenchmarkDotNet's: --filter, --list flat,
        --job Dry|Short|..., --exporters, --inProcess, --iterationCount, --artifacts, ...
        A --job replaces the profile's iteration settings; the profile still picks the cells.
        Exit codes: 0 done, 1 a benchmark or the export failed, 2 bad input.

        Output: <results>/<UTC time>-<commit>/{summary,measurements,environment}.csv (columns:
        results/README.md). Charts, REPORT.md and <results>/latest/ come from the plotter:
        dotnet run -c Release --project src/Plotter -- publish <results>/<run-id> (scripts/bench runs it, given the
        run folder on the last line: // lab: run folder <path>).
        """;

    /// <exception cref="LabUsageException">An unknown profile or a missing option value.</exception>
    public static LabOptions Parse(IReadOnlyList<string> args)
    {
        var profile = BenchmarkProfile.Default;
        string? results = null;
        var help = false;
        var planOnly = false;
        var cellsOnly = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            switch (name)
            {
                case "--profile":
                    var profileName = inlineValue ?? Value(args, ref i, name);
                    profile = BenchmarkProfile.Find(profileName)
                        ?? throw new LabUsageException($"Unknown profile '{profileName}'. Known profiles: {string.Join(", ", BenchmarkProfile.All.Select(p => p.Name))}.");
                    break;
                case "--results":
                    results = inlineValue ?? Value(args, ref i, name);
                    if (string.IsNullOrWhiteSpace(results))
                    {
                        throw new LabUsageException("--results needs a folder.");
                    }

                    break;
                case "--plan":
                    planOnly = true;
                    break;
                case "--cells":
                    cellsOnly = true;
                    break;
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new LabOptions(profile, results, help, rest, planOnly, cellsOnly);
    }

    private static (string Name, string? Value) Split(string argument)
    {
        if (argument.StartsWith("--profile=", StringComparison.Ordinal) || argument.StartsWith("--results=", StringComparison.Ordinal))
        {
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            return (argument[..equals], argument[(equals + 1)..]);
        }

        return (argument, null);
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
