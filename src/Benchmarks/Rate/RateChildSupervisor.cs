using System.Diagnostics;
using System.Text;
using Lab.Results;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// Starts and watches a rate run's child processes: one per replicate of a cell group (<see cref="RateProcessPlan"/>), started as this
/// assembly's <see cref="RateChild.Word"/> with the cells' GC mode in its environment, killed when it
/// outlives its estimate plus <see cref="RateRunner.ChildGrace"/>; its standard error is kept and printed
/// when it fails.
/// </summary>
internal static class RateChildSupervisor
{
    /// <summary>The host program and leading arguments that start this assembly again in a child process.</summary>
    public static (string FileName, IReadOnlyList<string> Prefix) ChildCommand()
    {
        var assembly = typeof(RateChildSupervisor).Assembly;
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

    /// <summary>Runs one child process over <paramref name="plan"/>'s cells; returns the ids of the cells it finished.</summary>
    public static HashSet<string> Run(RateProcessPlan plan, TimeSpan window, TimeSpan warmupCap, string work, TimeSpan timeout, TextWriter error, Action<LatencyRow> onRow)
    {
        var cells = plan.Cells;
        var (fileName, prefix) = ChildCommand();
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in prefix.Concat(RateChild.Arguments(plan, window, warmupCap, work)))
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
            if (line.StartsWith(RateChild.DonePrefix, StringComparison.Ordinal) && RateCell.Parse(line[RateChild.DonePrefix.Length..], plan.Replicate) is { } cell)
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
                error.WriteLine($"error: child process for {plan} exited with code {process.ExitCode} after {done.Count} of {cells.Count} cells:");
                error.WriteLine(log.ToString().TrimEnd());
            }
        }

        return done;
    }
}
