using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Lab.Results;

namespace Lab.Benchmarks.CloseCalls;

/// <summary>
/// Runs the paired host (<c>dotnet Lab.Paired.dll --base &lt;this build&gt; --maps leader,runner-up</c>) as a child
/// process per replicate, as <c>scripts/lab paired --maps</c> does: seed = process number, even processes load the
/// runner-up first. A process that outlives <see cref="Timeout"/> is killed (its tree, by its own id) and counts as failed.
/// </summary>
/// <param name="HostDll">The built Lab.Paired.dll.</param>
/// <param name="BuildFolder">The benchmark app's build folder (Lab.Benchmarks.dll with its deps.json).</param>
internal sealed record PairedHostProcess(string HostDll, string BuildFolder) : IPairedHost
{
    /// <summary>The longest one process may take: the host's warm-up limit (6 s) twice, setup and the measured time, with room for a loaded machine.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The host and the build of this repository: <c>src/Paired/bin/&lt;configuration&gt;/&lt;tfm&gt;/Lab.Paired.dll</c>
    /// beside the benchmark app's own build (the folder of the running Lab.Benchmarks.dll when it has its deps.json,
    /// else <c>src/Benchmarks/bin/&lt;configuration&gt;/&lt;tfm&gt;</c>); the problem instead when either is not built.
    /// </summary>
    public static (PairedHostProcess? Host, string? Problem) Locate(string repositoryRoot)
    {
        var assembly = typeof(PairedHostProcess).Assembly;
        var configuration = assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var running = Path.GetDirectoryName(assembly.Location) ?? AppContext.BaseDirectory;
        var tfm = new DirectoryInfo(running).Name;
        var build = File.Exists(Path.Combine(running, "Lab.Benchmarks.deps.json"))
            ? running
            : Path.Combine(repositoryRoot, "src", "Benchmarks", "bin", configuration, tfm);
        var host = Path.Combine(repositoryRoot, "src", "Paired", "bin", configuration, tfm, "Lab.Paired.dll");
        if (!File.Exists(host))
        {
            return (null, $"the paired host is not built ({host}): dotnet build src/Paired -c {configuration}");
        }

        return File.Exists(Path.Combine(build, "Lab.Benchmarks.deps.json"))
            ? (new PairedHostProcess(host, build), null)
            : (null, $"the benchmark app's build folder {build} has no Lab.Benchmarks.deps.json: dotnet build src/Benchmarks -c {configuration}");
    }

    /// <inheritdoc/>
    public PairedAttempt Run(CloseCall call, int process, CloseCallSettings settings)
    {
        var output = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in Arguments(call, process, settings))
            {
                start.ArgumentList.Add(argument);
            }

            using var child = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var stdout = child.StandardOutput.ReadToEndAsync();
            var stderr = child.StandardError.ReadToEndAsync();
            if (!child.WaitForExit(Timeout))
            {
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
                return PairedAttempt.Failed($"process {process} took longer than {Timeout.TotalSeconds:0} s and was stopped");
            }

            File.WriteAllText(output, stdout.Result);
            if (child.ExitCode != 0)
            {
                return PairedAttempt.Failed($"process {process} exited {child.ExitCode}: {stderr.Result.Trim()}");
            }

            return PairedRow.Read(output) is [var row]
                ? PairedAttempt.Of(row)
                : PairedAttempt.Failed($"process {process} gave no row (the cell cannot run in process): {stderr.Result.Trim()}");
        }
        catch (Exception exception) when (exception is ResultsFileException or IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return PairedAttempt.Failed($"process {process}: {exception.Message}");
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>The host's command line for one process of <paramref name="call"/>.</summary>
    public IReadOnlyList<string> Arguments(CloseCall call, int process, CloseCallSettings settings)
    {
        List<string> arguments =
        [
            HostDll,
            "--base", BuildFolder,
            "--maps", $"{call.Leader},{call.RunnerUp}",
            "--cell", call.Template.ToString(),
            "--cell-ms", settings.CellTime.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
            "--min-pairs", settings.MinimumPairs.ToString(CultureInfo.InvariantCulture),
            "--seed", process.ToString(CultureInfo.InvariantCulture),
        ];
        if (process % 2 == 0)
        {
            arguments.Add("--diff-first");
        }

        return arguments;
    }
}
