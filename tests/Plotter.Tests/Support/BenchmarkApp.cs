using System.Diagnostics;

namespace Lab.Plotter.Tests.Support;

/// <summary>
/// The benchmark app of this checkout (src/Benchmarks/bin/&lt;configuration&gt;/&lt;tfm&gt;, built first by the
/// project reference) run in a process of its own, as CI runs a shard: the plotter never references it.
/// </summary>
internal static class BenchmarkApp
{
    /// <summary>The app announces its run folder on its last line with this prefix (RunFolderLine in the app).</summary>
    public const string RunFolderPrefix = "// lab: run folder ";

    /// <summary>src/Benchmarks' build output for the configuration and framework of these tests.</summary>
    public static string Output
    {
        get
        {
            // The tests run from tests/Plotter.Tests/bin/<configuration>/<tfm>/.
            var tfm = new DirectoryInfo(AppContext.BaseDirectory);
            var repo = RepositoryLayout.FindRoot(tfm.FullName) ?? throw new DirectoryNotFoundException("Lab.sln not found above " + AppContext.BaseDirectory);
            return Path.Combine(repo, "src", "Benchmarks", "bin", tfm.Parent!.Name, tfm.Name);
        }
    }

    /// <summary>Runs the app with <paramref name="args"/> in <paramref name="workingDirectory"/> to its end.</summary>
    public static (int Code, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [Path.Combine(Output, "Lab.Benchmarks.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start the benchmark app");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    /// <summary>The run folder the app announced on its last line of <paramref name="output"/>.</summary>
    public static string RunFolderOf(string output)
    {
        var last = output.TrimEnd().Split('\n')[^1].Trim();
        return last.StartsWith(RunFolderPrefix, StringComparison.Ordinal) ? last[RunFolderPrefix.Length..] : throw new InvalidOperationException("no run folder line at the end of:\n" + output[^Math.Min(output.Length, 2000)..]);
    }
}
