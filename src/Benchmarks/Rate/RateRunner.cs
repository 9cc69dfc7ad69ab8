using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Environments;
using Lab.Benchmarks.Cli;
using Lab.Benchmarks.Export;
using Lab.Results;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// <c>rate</c>: prints the plan and the estimate, runs the cells in child processes (one per map x size x
/// readers x GC mode, its GC mode set through the environment), prints a line per finished cell, then
/// publishes latency.csv, environment.csv and the histogram logs as one run folder.
/// </summary>
internal static class RateRunner
{
    /// <summary>Extra time a child may take beyond its estimate before it is killed.</summary>
    public static readonly TimeSpan ChildGrace = TimeSpan.FromMinutes(2);

    public static int Run(IReadOnlyList<string> args, string repositoryRoot, TextWriter output, TextWriter error)
    {
        RateOptions options;
        try
        {
            options = RateCommandLine.Parse(args);
        }
        catch (LabUsageException exception)
        {
            error.WriteLine($"error: {exception.Message} (see rate --help)");
            return 2;
        }

        if (options.ShowHelp)
        {
            output.WriteLine(RateCommandLine.Help);
            return 0;
        }

        var profile = options.Profile;
        var cells = profile.Cells(Environment.ProcessorCount);
        var resultsRoot = Path.GetFullPath(options.ResultsDirectory ?? Path.Combine(repositoryRoot, "results"));
        var run = RunInfo.Start("rate-" + profile.Name, repositoryRoot);
        var estimate = RateEstimate.For(cells, profile.Window);
        PrintPlan(output, profile, cells, estimate, run, resultsRoot);
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
            foreach (var group in cells.GroupBy(cell => cell.ProcessGroup))
            {
                var groupCells = group.ToList();
                var groupEstimate = RateEstimate.For(groupCells, profile.Window).Duration;
                var done = RunChild(groupCells, profile.Window, work, groupEstimate + ChildGrace, error, row =>
                {
                    rows.Add(row);
                    output.WriteLine(Progress(row, rows.Count + failed.Count, cells.Count, clock.Elapsed, estimate.Duration));
                });
                failed.AddRange(groupCells.Where(cell => !done.Contains(cell.Id.ToString())).Select(cell => cell.Id.ToString()));
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

            output.WriteLine($"// rate: wrote {published} ({rows.Count} cells in {FormatDuration(clock.Elapsed)}); charts, REPORT.md and latest-rate/ beside it: dotnet run -c Release --project src/Plotter -- publish {published}");
            if (failed.Count > 0)
            {
                error.WriteLine($"error: {failed.Count} cell(s) failed; {published} holds the others (not for publishing: latest-rate was left as it was).");
                return 1;
            }

            LabRunner.ReportRunFolder(published);

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The host program and leading arguments that start this assembly again in a child process.</summary>
    public static (string FileName, IReadOnlyList<string> Prefix) ChildCommand()
    {
        var assembly = typeof(RateRunner).Assembly;
        var host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            return (host, [assembly.Location]);
        }

        if (host is not null && System.Reflection.Assembly.GetEntryAssembly() == assembly)
        {
            return (host, []);
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var dotnet = root is not null && File.Exists(Path.Combine(root, "dotnet")) ? Path.Combine(root, "dotnet") : "dotnet";
        return (dotnet, [assembly.Location]);
    }

    /// <summary>Runs one child process over <paramref name="cells"/>; returns the ids of the cells it finished.</summary>
    private static HashSet<string> RunChild(List<RateCell> cells, TimeSpan window, string work, TimeSpan timeout, TextWriter error, Action<LatencyRow> onRow)
    {
        var (fileName, prefix) = ChildCommand();
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in prefix.Concat(RateChild.Arguments(cells, window, work)))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in cells[0].Gc.EnvironmentVariables())
        {
            start.Environment[name] = value;
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        var log = new StringBuilder();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (log)
                {
                    log.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        using var killer = new Timer(_ => process.Kill(entireProcessTree: true), null, timeout, Timeout.InfiniteTimeSpan);
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(RateChild.DonePrefix, StringComparison.Ordinal) && RateCell.Parse(line[RateChild.DonePrefix.Length..]) is { } cell)
            {
                var row = LatencyRow.Table.ReadFile(RateChild.RowFile(work, cell))[0];
                done.Add(cell.Id.ToString());
                onRow(row);
            }
            else if (line.Length > 0)
            {
                lock (log)
                {
                    log.AppendLine(line);
                }
            }
        }

        process.WaitForExit();
        if (process.ExitCode != 0 || done.Count != cells.Count)
        {
            lock (log)
            {
                error.WriteLine($"error: child process for {cells[0].Map}/{cells[0].Size}/{cells[0].Readers}/{cells[0].Gc.Id} exited with code {process.ExitCode} after {done.Count} of {cells.Count} cells:");
                error.WriteLine(log.ToString().TrimEnd());
            }
        }

        return done;
    }

    private static void PrintPlan(TextWriter output, RateProfile profile, IReadOnlyList<RateCell> cells, RateEstimate estimate, RunInfo run, string resultsRoot)
    {
        string Join<T>(IEnumerable<T> items) => string.Join(", ", items.Distinct());
        output.WriteLine($"// rate: profile {profile.Name}, {Environment.ProcessorCount} logical cores, run {run.RunId}");
        output.WriteLine($"// rate: maps {Join(cells.Select(cell => cell.Map))}");
        output.WriteLine($"// rate: sizes {Join(cells.Select(cell => cell.Size))}; writes/s {Join(cells.Select(cell => cell.Rate.Label))}; readers {Join(cells.Select(cell => cell.Readers))} (+1 writer thread when writes/s > 0); GC {Join(cells.Select(cell => cell.Gc.Id))}");
        output.WriteLine($"// rate: {FormatDuration(profile.Window)} measured per cell, every read timed; {estimate}");
        output.WriteLine($"// rate: results go to {Path.Combine(resultsRoot, run.RunId)}");
    }

    private static string Progress(LatencyRow row, int finished, int total, TimeSpan elapsed, TimeSpan estimate)
    {
        var left = estimate - elapsed;
        var writes = row.TargetWritesPerSecond is 0
            ? "no writer"
            : string.Create(CultureInfo.InvariantCulture, $"writes {row.AchievedWritesPerSecond:#,0.#}/s{(row.RateMet is false ? " BELOW TARGET " + row.WriteRate + "/s" : string.Empty)}, write p99 {FormatNs(row.WriterP99Ns)}, lag p99 {FormatNs(row.LagP99Ns)}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{finished,4}/{total}  {FormatDuration(elapsed)} elapsed, ~{FormatDuration(left > TimeSpan.Zero ? left : TimeSpan.Zero)} left] {row.Cell}: reads {row.ReaderOpsPerSecond / 1e6:0.00} M/s, p50 {FormatNs(row.ReaderP50Ns)}, p99.9 {FormatNs(row.ReaderP999Ns)}, max {FormatNs(row.ReaderMaxNs)}; {writes}; GC pause {row.GcPauseTotalMs:0.#} ms");
    }

    /// <summary>A latency for people: ns, µs or ms with 3 significant digits; "-" when absent.</summary>
    public static string FormatNs(long? nanoseconds) => nanoseconds switch
    {
        null => "-",
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds} ns"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e3:0.##} µs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:0.##} ms"),
    };

    private static string FormatDuration(TimeSpan duration)
        => duration.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.#} s");

    private static EnvironmentRow Describe(RunInfo run, IReadOnlyList<RateCell> cells, RateProfile profile)
        => EnvironmentDescription.Describe(
            run,
            HostEnvironmentInfo.GetCurrent(),
            string.Join("; ", cells.Select(cell => cell.Gc.Description).Distinct()),
            string.Create(CultureInfo.InvariantCulture, $"rate: {profile.Window.TotalSeconds:0.###} s window per cell after the tiering warm-up; every read timed"));
}
