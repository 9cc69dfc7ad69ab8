using Lab.Benchmarks.Experiments;
using Lab.Benchmarks.Sharding;
using Lab.Benchmarks.Workloads;
using Lab.CommandLine;

namespace Lab.Benchmarks.Cli;

/// <summary>
/// The lab's options of a benchmark run (<c>--profile</c>, <c>--results</c>, <c>--plan</c>, <c>--cells</c>,
/// <c>--help</c>); every other argument passes, in order, to BenchmarkDotNet.
/// </summary>
internal static class LabCommandLine
{
    public static readonly ValueOption<string> Profile = new(
        "--profile",
        "quick|default|full",
        """
        what to measure (default: default)
          quick   smoke subset; CI runs it with --job Dry
          default every thread-safe map + noop (+ dictionary single-threaded
                  read100) x read100/99/90/50 x 1K/10K/100K x 1, cores, 2 x cores
                  threads, uniform keys, plus the design targets; < 45 min on 2 cores
          full    + churn mix, 1M entries, zipf and long-prefix string keys
          experiments  the curriculum's claims measured (issue 13), in
                  process, ~6 min: the verb experiments --help
        """,
        ValueParsers.OneOf([.. BenchmarkProfile.All.Select(profile => profile.Name), ExperimentsCommand.ProfileName], name => name));

    public static readonly ValueOption<string> Results = new("--results", "<dir>", "where run folders and latest/ go (default: <repo>/results)", ValueParsers.Text);

    public static readonly Flag Plan = new("--plan", """
        print the selected cells (one line per scenario x map), the counts
        and the estimated duration; run nothing
        """);

    public static readonly Flag Cells = new("--cells", """
        print the selected cell ids, one per line and nothing else (the
        cell list of scripts/lab compare's in-process mode); run nothing
        """);

    public static Command Command { get; } = new("Lab.Benchmarks", "Lab benchmarks: the threaded map matrix and the design targets, exported to CSV.")
    {
        Usage =
        [
            "dotnet run -c Release --project src/Benchmarks -- [lab options] [BenchmarkDotNet options]",
            "dotnet run -c Release --project src/Benchmarks -- rate [rate options]   (fixed-rate writers, latency; below)",
            "dotnet run -c Release --project src/Benchmarks -- experiments [options]   (the curriculum's claims: experiments --help)",
        ],
        Options = [Profile, Results, Plan, Cells, ShardOptions.Shard, ShardOptions.Shards, CloseCalls.CloseCallSettings.Option],
        Unknown = UnknownArguments.PassThrough,
        Notes = """
            Without --filter the profile's own benchmarks run (matrix and targets); any --filter replaces
            that, e.g. --filter '*Store*'. Quote the filter: an unquoted * that the shell expanded into the
            current folder's entries is recognized (and run as '*'), any other expansion fails to match.
            Every other option is BenchmarkDotNet's: --filter, --list flat,
            --job Dry|Short|..., --exporters, --inProcess, --iterationCount, --artifacts, ...
            A --job replaces the profile's iteration settings; the profile still picks the cells.
            Exit codes: 0 done, 1 a benchmark or the export failed, 2 bad input.

            --shard i/n runs one shard of the selection (docs/benchmarks.md, "Sharding a run over
            machines"); its folder is <UTC time>-<commit>-shard-i-of-n and adds shard-plan.csv.

            Output: <results>/<UTC time>-<commit>/{summary,measurements,environment}.csv (columns:
            results/README.md). Charts, REPORT.md and <results>/latest/ come from the plotter:
            dotnet run -c Release --project src/Plotter -- publish <results>/<run-id> (scripts/bench runs it, given the
            run folder on the last line: // lab: run folder <path>).
            """,
    };

    /// <summary>The help of a benchmark run (the verbs' own helps follow it on --help).</summary>
    public static string Help => Command.Help();

    /// <summary>The lab's options out of <paramref name="args"/>; the rest, in order, for BenchmarkDotNet.</summary>
    /// <exception cref="UsageException">An unknown profile or a missing option value.</exception>
    public static LabOptions Parse(IReadOnlyList<string> args)
    {
        var parsed = Command.Parse(args);
        var profile = parsed.Get(Profile);
        var sharding = ShardOptions.From(parsed, parsed.Has(Plan), parsed.Has(Cells));
        return new LabOptions(BenchmarkProfile.Find(profile) ?? BenchmarkProfile.Default, parsed.Get(Results), parsed.HelpRequested, parsed.Unknown, parsed.Has(Plan), parsed.Has(Cells))
        {
            ExperimentsProfile = profile == ExperimentsCommand.ProfileName,
            Shard = sharding.Shard,
            ShardCount = sharding.Count,
            CloseCalls = parsed.Has(CloseCalls.CloseCallSettings.Option) ? parsed.Get(CloseCalls.CloseCallSettings.Option) : null,
        };
    }
}
