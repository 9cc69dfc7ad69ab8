using Lab.Benchmarks.Cli;
using Lab.Results;

namespace Lab.Benchmarks.CloseCalls;

/// <summary>The lab runner's hook: the close-call step after a complete matrix run, with this repository's paired host.</summary>
internal static class CloseCallRun
{
    /// <summary>
    /// Runs <see cref="CloseCallStep"/> on <paramref name="runFolder"/> with the run's settings (<c>--job Dry</c>: the dry
    /// settings; <c>--close-calls</c>: the cap). A problem of the step is reported and leaves the matrix run as it is:
    /// the report then says the close calls were not measured.
    /// </summary>
    public static void AfterMatrix(string runFolder, LabOptions options, string repositoryRoot, TextWriter output, TextWriter error)
    {
        var settings = CloseCallSettings.For(options.BenchmarkArguments, options.CloseCalls);
        try
        {
            var (host, problem) = PairedHostProcess.Locate(repositoryRoot);
            _ = CloseCallStep.Run(runFolder, settings, host, problem, output);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ResultsFileException)
        {
            error.WriteLine($"warning: the close-call step failed ({exception.Message}); the matrix run is complete without close-calls.csv");
        }
    }
}
