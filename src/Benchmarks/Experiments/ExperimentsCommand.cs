using BenchmarkDotNet.Environments;
using Lab.Benchmarks.Export;
using Lab.Benchmarks.Sharding;
using Lab.CommandLine;
using Lab.Results;

namespace Lab.Benchmarks.Experiments;

/// <summary>
/// <c>--profile experiments</c>: runs the curriculum's claims as experiments (issue 13), in this
/// process, and writes <c>&lt;results&gt;/&lt;run-id&gt;/experiments.csv</c> and <c>environment.csv</c>.
/// It does not refresh <c>results/latest</c> (that stays the newest matrix run). Exit codes: 0 done,
/// 1 an experiment or the export failed, 2 bad input.
/// </summary>
internal static class ExperimentsCommand
{
    public const string ProfileName = "experiments";

    public static readonly ValueOption<IReadOnlyList<string>> Only = new("--only", "<name>[,<name>...]", """
        run only these experiments: shard-scaling, write-cost, batching,
        layered-compaction, cas-contention, memory-growth
        """, ValueParsers.Text.List());

    public static readonly Flag Dry = new("--dry", "tiny cells, seconds in all: exercises the code paths (CI), measures nothing");

    public static readonly ValueOption<string> Results = new("--results", "<dir>", "where the run folder goes (default: <repo>/results)", ValueParsers.Text);

    public static readonly Flag Plan = new("--plan", "print the experiments, their cells and the estimate; run nothing");

    /// <summary>The verb's older spelling, <c>Lab.Benchmarks --profile experiments</c>, brings this option along.</summary>
    public static readonly ValueOption<string> Profile = new("--profile", ProfileName, "the older spelling of the verb", ValueParsers.OneOf([ProfileName], name => name)) { Hidden = true };

    public static Command Command { get; } = new("Lab.Benchmarks experiments", "Lab experiments: the curriculum's claims measured (issue 13), in process, into experiments.csv.")
    {
        Usage =
        [
            "dotnet run -c Release --project src/Benchmarks -- experiments [options]   (or --profile experiments)",
            "scripts/lab experiments [options]          (the same, then EXPERIMENTS.md and charts)",
        ],
        Options = [Only, Dry, Results, Plan, ShardOptions.Cells, ShardOptions.Shard, ShardOptions.Shards, Profile],
        Notes = """
            Claim 6 (COW vs RWMutex vs sync.Map) is read by the plotter from the matrix's summary.csv.
            The cell group of an experiments run is the whole experiment: --shard i/n gives each shard whole
            experiments, and --cells prints the experiments' names.
            """,
    };

    public static int Run(IReadOnlyList<string> args, string repositoryRoot, TextWriter output, TextWriter error)
        => Command.Run(args, output, error, parsed => Run(parsed, repositoryRoot, output, error));

    private static int Run(ParseResult parsed, string repositoryRoot, TextWriter output, TextWriter error)
    {
        var dry = parsed.Has(Dry);
        var plan = parsed.Has(Plan);
        var results = parsed.Get(Results);
        var only = parsed.Get(Only);
        var cores = Environment.ProcessorCount;
        var all = dry ? ExperimentPlan.Dry(cores) : ExperimentPlan.Full(cores);
        var unknown = only?.Where(name => all.All(experiment => experiment.Name != name)).ToList() ?? [];
        if (unknown.Count > 0)
        {
            throw new UsageException($"--only: unknown experiment(s) {string.Join(", ", unknown)}; known: {string.Join(", ", all.Select(e => e.Name))}");
        }

        var sharded = ExperimentSharding.Select([.. all.Where(experiment => only is null || only.Contains(experiment.Name))], ShardOptions.From(parsed, plan, parsed.Has(ShardOptions.Cells)));
        if (parsed.Has(ShardOptions.Cells))
        {
            return sharded.PrintCells(output);
        }

        var selected = sharded.Cells;
        var profileName = dry ? ProfileName + "-dry" : ProfileName;
        var run = RunInfo.Start(profileName, repositoryRoot).AsShard(sharded.Shard);
        var resultsRoot = Path.GetFullPath(results ?? Path.Combine(repositoryRoot, "results"));
        var total = selected.Aggregate(TimeSpan.Zero, (sum, experiment) => sum + experiment.Estimate);
        output.WriteLine($"// experiments: profile {profileName}, {cores} logical cores, run {run.RunId}");
        foreach (var experiment in selected)
        {
            output.WriteLine($"// experiments: {experiment.Name}: {experiment.Cells} cells, estimated {experiment.Estimate.TotalSeconds:0} s");
        }

        output.WriteLine($"// experiments: estimated {(int)total.TotalMinutes} min {total.Seconds} s in all; results go to {Path.Combine(resultsRoot, run.RunId)}");
        sharded.PrintShards(output, "// experiments: ");
        if (plan)
        {
            return 0;
        }

        try
        {
            ResultsPublisher.EnsureWritable(resultsRoot);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: the results folder '{resultsRoot}' is not writable: {exception.Message}");
            return ExitCodes.BadInput;
        }

        var log = new ExperimentLog(output);
        foreach (var experiment in selected)
        {
            experiment.Run(log);
        }

        try
        {
            var folder = ResultsPublisher.Publish(resultsRoot, run.RunId, directory =>
            {
                ResultFiles.WriteExperimentsRun(directory, log.Rows, Describe(run));
                ResultFiles.WriteShardPlan(directory, sharded.Plan);
            });
            output.WriteLine($"// experiments: wrote {log.Rows.Count} rows to {folder}");
            Cli.RunFolderLine.Write(output, folder);
            return 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: the results could not be written: {exception.Message}");
            return 1;
        }
    }

    private static EnvironmentRow Describe(RunInfo run)
    {
        var host = HostEnvironmentInfo.GetCurrent();
        return EnvironmentDescription.Describe(run, host, EnvironmentDescription.GcModeOf(host), "in-process experiments (no BenchmarkDotNet job)");
    }
}
