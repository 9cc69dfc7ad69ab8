using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Lab.Benchmarks.Diagnostics;
using Lab.Benchmarks.Export;
using Lab.Benchmarks.Scenarios;
using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Cli;

/// <summary>
/// The lab's command: parse the lab options, check the results folder, print the cells and an
/// estimate, run BenchmarkSwitcher over every benchmark class of this assembly, and turn every
/// failure into a message and a non-zero exit (2: bad input, 1: a benchmark or the export failed).
/// </summary>
internal static class LabRunner
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (Experiments.ExperimentsCommand.IsRequested(args))
        {
            return Experiments.ExperimentsCommand.Run(args, FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory(), output, error);
        }

        LabOptions options;
        try
        {
            options = LabCommandLine.Parse(args);
        }
        catch (LabUsageException exception)
        {
            error.WriteLine($"error: {exception.Message} (see --help)");
            return 2;
        }

        var assembly = typeof(LabRunner).Assembly;
        if (options.ShowHelp)
        {
            output.WriteLine(LabCommandLine.Help);
            _ = BenchmarkSwitcher.FromAssembly(assembly).Run(["--help"]).ToList();
            return 0;
        }

        var repositoryRoot = FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var resultsRoot = Path.GetFullPath(options.ResultsDirectory ?? Path.Combine(repositoryRoot, "results"));
        if (!options.IsInformational && !options.PlanOnly)
        {
            try
            {
                ResultsPublisher.EnsureWritable(resultsRoot);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: the results folder '{resultsRoot}' is not writable: {exception.Message}");
                return 2;
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
            var run = RunInfo.Start(options.Profile.Name, repositoryRoot);
            var exporter = new LabCsvExporter(run, resultsRoot, countersDirectory);
            var config = LabConfig.Create(options.Profile, exporter, useProfileJob: !options.HasJob);

            if (!options.IsInformational)
            {
                var estimate = RunEstimate.Compute(benchmarkArgs, config, options.Profile, BenchmarkTypes(assembly));
                if (estimate is null)
                {
                    error.WriteLine("error: BenchmarkDotNet rejected the arguments (see above).");
                    return 2;
                }

                if (estimate.Cells == 0)
                {
                    error.WriteLine($"error: no benchmark matches the filter ({string.Join(' ', benchmarkArgs)}) in profile '{options.Profile.Name}'. Try --list flat.");
                    return 2;
                }

                PrintPlan(output, options.Profile, estimate, run, resultsRoot);
                if (options.PlanOnly)
                {
                    return 0;
                }
            }

            var summaries = BenchmarkSwitcher.FromAssembly(assembly).Run(benchmarkArgs, config).ToList();
            return options.IsInformational ? 0 : Verdict(summaries, exporter, output, error);
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

    private static void PrintPlan(TextWriter output, BenchmarkProfile profile, RunEstimate estimate, RunInfo run, string resultsRoot)
    {
        output.WriteLine($"// lab: profile {profile.Name}, {Environment.ProcessorCount} logical cores, run {run.RunId}");
        output.WriteLine($"// lab: {estimate}");
        foreach (var skipped in MatrixCells.For(profile, Environment.ProcessorCount).Skipped)
        {
            output.WriteLine($"// lab: skipped {skipped}");
        }

        output.WriteLine($"// lab: results go to {Path.Combine(resultsRoot, run.RunId)} and {Path.Combine(resultsRoot, ResultsPublisher.Latest)}");
    }

    private static int Verdict(List<BenchmarkDotNet.Reports.Summary> summaries, LabCsvExporter exporter, TextWriter output, TextWriter error)
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

        if (!exporter.RefreshedLatest)
        {
            error.WriteLine($"error: {failed.Count} benchmark(s) failed; partial results are in {exporter.PublishedDirectory}, latest was left as it was.");
            return 1;
        }

        output.WriteLine($"// lab: wrote {exporter.PublishedDirectory} and refreshed latest");
        return 0;
    }

    private static string FullNameProvider(BenchmarkCase benchmarkCase) => BenchmarkDotNet.Exporters.FullNameProvider.GetBenchmarkName(benchmarkCase);

    private static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Lab.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
