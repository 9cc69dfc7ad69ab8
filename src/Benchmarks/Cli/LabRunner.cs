using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Lab.Benchmarks.Diagnostics;
using Lab.Benchmarks.Export;
using Lab.Benchmarks.Scenarios;
using Lab.Benchmarks.Sharding;
using Lab.Benchmarks.Workloads;
using Lab.CommandLine;
using Lab.Results;

namespace Lab.Benchmarks.Cli;

/// <summary>
/// The lab's command: parse the lab options, check the results folder, print the cells and an
/// estimate, run BenchmarkSwitcher over every benchmark class of this assembly, and turn every
/// failure into a message and a non-zero exit (2: bad input, 1: a benchmark or the export failed).
/// </summary>
internal static class LabRunner
{
    /// <summary>
    /// The verbs of the app; any other first argument starts a BenchmarkDotNet run (matrix, targets, any other
    /// benchmark class) with the lab's options. <c>rate-cell</c> is the rate run's child, not typed by people.
    /// </summary>
    public static VerbTable<LabVerb> Verbs { get; } = new(
        new Verb<LabVerb>("rate", "fixed-rate writers, readers' latency distributions (rate --help)", Rate.RateRunner.Run),
        new Verb<LabVerb>("experiments", "the curriculum's claims measured in process (experiments --help)", Experiments.ExperimentsCommand.Run),
        new Verb<LabVerb>(Rate.RateChild.Word, "one child process of a rate run", (args, _, output, error) => Rate.RateChild.Run(args, output, error), Hidden: true));

    /// <param name="args">The command line.</param>
    /// <param name="output">Progress, the plan and the result.</param>
    /// <param name="error">Error messages.</param>
    /// <param name="workingDirectory">Where the shell ran the command (default: the current directory): an unquoted <c>--filter *</c> expands to its entries.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? workingDirectory = null)
    {
        var root = RepositoryLayout.FindRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        if (Verbs.TryMatch(args, out var verb, out var rest))
        {
            return verb(rest, root, output, error);
        }

        LabOptions options;
        try
        {
            options = LabCommandLine.Parse(args);
        }
        catch (UsageException exception)
        {
            return LabCommandLine.Command.Fail(error, exception.Message);
        }

        if (options.ExperimentsProfile)
        {
            return Experiments.ExperimentsCommand.Run(args, root, output, error); // --profile experiments: the verb's older spelling
        }

        var assembly = typeof(LabRunner).Assembly;
        if (options.ShowHelp)
        {
            output.WriteLine(LabCommandLine.Help);
            output.WriteLine();
            output.WriteLine(Rate.RateCommandLine.Help);
            output.WriteLine();
            _ = BenchmarkSwitcher.FromAssembly(assembly).Run(["--help"]).ToList();
            return 0;
        }

        var repositoryRoot = root;
        var resultsRoot = Path.GetFullPath(options.ResultsDirectory ?? Path.Combine(repositoryRoot, "results"));
        if (!options.IsInformational && !options.PrintsOnly)
        {
            try
            {
                ResultsPublisher.EnsureWritable(resultsRoot);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: the results folder '{resultsRoot}' is not writable: {exception.Message}");
                return ExitCodes.BadInput;
            }
        }

        var countersDirectory = Path.Combine(Path.GetTempPath(), $"lab-bench-counters-{Guid.NewGuid():N}");
        Environment.SetEnvironmentVariable(BenchmarkProfile.EnvironmentVariable, options.Profile.Name);
        Environment.SetEnvironmentVariable(CounterSideFile.DirectoryVariable, countersDirectory);
        try
        {
            string[] benchmarkArgs = options.HasFilter
                ? [.. options.BenchmarkArguments]
                : [.. options.BenchmarkArguments, "--filter", LabConfig.DefaultFilter];
            var run = RunInfo.Start(options.Profile.Name, repositoryRoot).AsShard(options.Shard ?? Shard.Unsharded);
            var exporter = new LabCsvExporter(run, resultsRoot, countersDirectory);
            IConfig config = LabConfig.Create(options.Profile, exporter, useProfileJob: !options.HasJob);

            if (!options.IsInformational)
            {
                var estimate = RunEstimate.Compute(benchmarkArgs, config, options.Profile, BenchmarkTypes(assembly));
                if (estimate is { Cells: 0 } && FilterGlob.LooksExpanded(benchmarkArgs, workingDirectory ?? Directory.GetCurrentDirectory()))
                {
                    output.WriteLine($"// lab: --filter {string.Join(' ', FilterGlob.FilterValues(benchmarkArgs))} names this folder's entries and matches no benchmark: the shell expanded an unquoted *; running as --filter '*' ({FilterGlob.QuotingHint})");
                    benchmarkArgs = FilterGlob.Unexpand(benchmarkArgs);
                    estimate = RunEstimate.Compute(benchmarkArgs, config, options.Profile, BenchmarkTypes(assembly));
                }

                if (estimate is null)
                {
                    return LabCommandLine.Command.Fail(error, "BenchmarkDotNet rejected the arguments (its message is above)");
                }

                if (estimate.Cells == 0)
                {
                    return LabCommandLine.Command.Fail(error, $"no benchmark matches the filter ({string.Join(' ', benchmarkArgs)}) in profile '{options.Profile.Name}'; try --list flat, and {FilterGlob.QuotingHint}");
                }

                ShardPartition? partition = null;
                if (options.ShardCount is { } shardCount)
                {
                    try
                    {
                        partition = MatrixSharding.Partition(estimate, shardCount);
                    }
                    catch (UsageException exception)
                    {
                        return LabCommandLine.Command.Fail(error, exception.Message);
                    }

                    if (options.Shard is { } shard)
                    {
                        config = MatrixSharding.Only(config, partition, shard);
                        exporter.ShardPlan = partition.Rows;
                        estimate = RunEstimate.Compute(benchmarkArgs, config, options.Profile, BenchmarkTypes(assembly))!;
                    }
                }

                if (options.CellsOnly)
                {
                    foreach (var cell in estimate.Selected)
                    {
                        output.WriteLine(cell.Id);
                    }

                    return 0;
                }

                PrintPlan(output, options, estimate, run, resultsRoot);
                if (partition is not null)
                {
                    foreach (var line in partition.Lines(options.Shard, estimate.RunCost))
                    {
                        output.WriteLine($"// lab: {line}");
                    }
                }

                if (options.PlanOnly)
                {
                    return 0;
                }
            }

            var summaries = BenchmarkSwitcher.FromAssembly(assembly).Run(benchmarkArgs, config).ToList();
            return options.IsInformational ? 0 : Verdict(summaries, exporter, output, error, folder => CloseCalls.CloseCallRun.AfterMatrix(folder, options, repositoryRoot, output, error));
        }
        finally
        {
            if (Directory.Exists(countersDirectory))
            {
                Directory.Delete(countersDirectory, recursive: true);
            }
        }
    }

    /// <summary>Every class of the assembly that declares a benchmark (the matrix, the targets, and any added later).</summary>
    public static IEnumerable<Type> BenchmarkTypes(System.Reflection.Assembly assembly)
        => assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false, IsPublic: true }
            && type.GetMethods().Any(method => method.IsDefined(typeof(BenchmarkAttribute), inherit: true)));

    /// <summary>With --plan the selected cells first, one line per scenario x map; then the counts, the estimate and the skipped cells.</summary>
    private static void PrintPlan(TextWriter output, LabOptions options, RunEstimate estimate, RunInfo run, string resultsRoot)
    {
        output.WriteLine($"// lab: profile {options.Profile.Name}, {Environment.ProcessorCount} logical cores, run {run.RunId}");
        if (options.PlanOnly)
        {
            output.WriteLine("// lab: selected cells (scenario map: mix/size/threads/keys):");
            foreach (var line in estimate.CellLines())
            {
                output.WriteLine($"// lab:   {line}");
            }
        }

        output.WriteLine($"// lab: {estimate}");
        if (estimate.MatrixCells > 0)
        {
            output.WriteLine($"// lab: {CloseCalls.CloseCallSettings.For(options.BenchmarkArguments, options.CloseCalls).PlanLine()}");
        }
        foreach (var skipped in MatrixCells.For(options.Profile, Environment.ProcessorCount).Skipped)
        {
            output.WriteLine($"// lab: skipped {skipped}");
        }

        output.WriteLine($"// lab: results go to {Path.Combine(resultsRoot, run.RunId)}");
    }

    private static int Verdict(List<BenchmarkDotNet.Reports.Summary> summaries, LabCsvExporter exporter, TextWriter output, TextWriter error, Action<string> afterExport)
    {
        var failed = summaries.SelectMany(summary => summary.Reports).Where(report => !report.Success).ToList();
        foreach (var report in failed)
        {
            error.WriteLine($"error: benchmark failed: {FullNameProvider(report.BenchmarkCase)}");
        }

        if (summaries.Any(summary => summary.HasCriticalValidationErrors))
        {
            error.WriteLine("error: BenchmarkDotNet reported critical validation errors (see above).");
            return 1;
        }

        if (exporter.Error is { } exportError)
        {
            error.WriteLine($"error: the results could not be written: {exportError.Message}");
            return 1;
        }

        if (exporter.PublishedDirectory is null)
        {
            error.WriteLine("error: no benchmark produced a result; nothing was written.");
            return 1;
        }

        if (!exporter.Complete)
        {
            error.WriteLine($"error: {failed.Count} benchmark(s) failed; partial results are in {exporter.PublishedDirectory} (not for publishing: latest was left as it was).");
            return 1;
        }

        output.WriteLine($"// lab: wrote {exporter.PublishedDirectory}");
        afterExport(exporter.PublishedDirectory);
        output.WriteLine($"// lab: charts, REPORT.md and latest/ beside it: dotnet run -c Release --project src/Plotter -- publish {exporter.PublishedDirectory}");
        RunFolderLine.Write(output, exporter.PublishedDirectory);
        return 0;
    }

    private static string FullNameProvider(BenchmarkCase benchmarkCase) => BenchmarkDotNet.Exporters.FullNameProvider.GetBenchmarkName(benchmarkCase);
}
