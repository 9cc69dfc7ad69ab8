using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Environments;
using Lab.Benchmarks.Cli;
using Lab.Benchmarks.Export;
using Lab.Results;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// <c>rate</c>: the run's order of work. The plan and the estimate (<see cref="RateProfile"/>,
/// <see cref="RateEstimate"/>, printed by <see cref="RateProgress"/>), the cells in child processes (one per
/// replicate of a size x readers x GC mode group, replicates interleaved: <see cref="RateProfile.Processes"/>,
/// <see cref="RateChildSupervisor"/>), a progress line per finished cell, then the
/// run folder (<see cref="RatePublisher"/>) and its announcement (<see cref="Cli.RunFolderLine"/>).
/// </summary>
internal static class RateRunner
{
    /// <summary>Extra time a child may take beyond its estimate before it is killed.</summary>
    public static readonly TimeSpan ChildGrace = TimeSpan.FromMinutes(2);

    public static int Run(IReadOnlyList<string> args, string repositoryRoot, TextWriter output, TextWriter error)
        => RateCommandLine.Command.Run(args, output, error, parsed => Run(RateCommandLine.From(parsed), repositoryRoot, output, error));

    private static int Run(RateOptions options, string repositoryRoot, TextWriter output, TextWriter error)
    {
        var profile = options.Profile;
        var processes = profile.Processes(Environment.ProcessorCount);
        var cells = processes.SelectMany(process => process.Cells).ToList();
        var resultsRoot = Path.GetFullPath(options.ResultsDirectory ?? Path.Combine(repositoryRoot, "results"));
        var run = RunInfo.Start("rate-" + profile.Name, repositoryRoot);
        var estimate = RateEstimate.For(processes, profile);
        RateProgress.PrintPlan(output, profile, cells, estimate, run, resultsRoot);
        if (options.PlanOnly)
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
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("lab-rate-").FullName;
        try
        {
            var rows = new List<LatencyRow>();
            var failed = new List<string>();
            var clock = Stopwatch.StartNew();
            foreach (var process in processes)
            {
                var processEstimate = RateEstimate.For([process], profile).Duration + (profile.WarmupCap * process.Cells.Count);
                var done = RateChildSupervisor.Run(process, profile.Window, profile.WarmupCap, work, processEstimate + ChildGrace, error, row =>
                {
                    rows.Add(row);
                    output.WriteLine(RateProgress.Line(row, rows.Count + failed.Count, cells.Count, clock.Elapsed, estimate.Duration));
                });
                failed.AddRange(process.Cells.Where(cell => !done.Contains(cell.Id.ToString())).Select(cell => $"{cell.Id} replicate {cell.Replicate}"));
            }

            foreach (var cell in failed)
            {
                error.WriteLine($"error: cell failed: {cell}");
            }

            if (rows.Count == 0)
            {
                error.WriteLine("error: no cell produced a result; nothing was written.");
                return 1;
            }

            string published;
            try
            {
                published = RatePublisher.Publish(resultsRoot, run.RunId, rows, Describe(run, cells, profile), work);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: the results could not be written to {resultsRoot}: {exception.Message}");
                return 1;
            }

            output.WriteLine($"// rate: wrote {published} ({rows.Count} cells in {RateProgress.FormatDuration(clock.Elapsed)}); charts, REPORT.md and latest-rate/ beside it: dotnet run -c Release --project src/Plotter -- publish {published}");
            if (failed.Count > 0)
            {
                error.WriteLine($"error: {failed.Count} cell(s) failed; {published} holds the others (not for publishing: latest-rate was left as it was).");
                return 1;
            }

            RunFolderLine.Write(output, published);

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static EnvironmentRow Describe(RunInfo run, IReadOnlyList<RateCell> cells, RateProfile profile)
        => EnvironmentDescription.Describe(
            run,
            HostEnvironmentInfo.GetCurrent(),
            string.Join("; ", cells.Select(cell => cell.Gc.Description).Distinct()),
            string.Create(CultureInfo.InvariantCulture, $"rate: {profile.Replicates} replicates; {profile.Window.TotalSeconds:0.###} s window per cell after the tiering warm-up and a steady-state warm-up of {profile.SubWindow.TotalSeconds:0.###} s sub-windows (cap {profile.WarmupCap.TotalSeconds:0.#} s); every read timed"));
}
