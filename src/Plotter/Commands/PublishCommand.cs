using Lab.CommandLine;

namespace Lab.Plotter.Commands;

/// <summary>
/// <c>Lab.Plotter publish &lt;run folder&gt;</c>: the last step of a benchmark run. Draws the charts and
/// REPORT.md into the run folder (as the plot command does), then makes <c>latest/</c> beside it a copy of
/// the whole run (<see cref="LatestFolder"/>); a rate run (latency.csv only) becomes <c>latest-rate/</c> instead. <c>latest/</c> changes only when all of it succeeded, so a run
/// whose CSVs the plotter rejects, or whose charts fail, leaves the previous latest whole.
/// <para>Exit codes: 0 published; 2 bad input (a bad command line, CSVs the plotter rejects; latest untouched); 1 a failed write (latest untouched).</para>
/// </summary>
internal static class PublishCommand
{
    public static Command Command { get; } = new("Lab.Plotter publish", """
        Draws the charts and REPORT.md into the run folder (results/<run-id>/, written by the benchmark app),
        then replaces latest/ beside it with a copy of the run (latest-rate/ for a rate run: latency.csv without
        summary.csv). On any failure the latest folder is left as it was.
        """)
    {
        Usage = ["dotnet run -c Release --project src/Plotter -- publish <run folder> [<other machine's run folder>...]"],
        Operands = new("<run folder>", 1, int.MaxValue),
        Notes = "Further folders: other machines' matrix runs, compared in REPORT.md (see Lab.Plotter --help).\nExit codes: 0 published, 1 a failed write, 2 bad input (latest untouched in both cases).",
    };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        => Command.Run(args, output, error, parsed => Publish(parsed.Operands[0], [.. parsed.Operands.Skip(1).Select(Path.GetFullPath)], output, error));

    private static int Publish(string argument, IReadOnlyList<string> otherMachines, TextWriter output, TextWriter error)
    {
        var runFolder = Path.GetFullPath(argument);
        if (Path.GetFileName(Path.TrimEndingDirectorySeparator(runFolder)) is LatestFolder.Name or LatestFolder.RateName)
        {
            return Command.Fail(error, $"{runFolder} is latest itself; publish a run folder (results/<run-id>), or redraw latest with `dotnet run --project src/Plotter -- {argument}`");
        }

        var latestName = LatestFolder.NameFor(runFolder);
        if (PlotCommand.Plot(runFolder, otherMachines, output, error) is var plotted and not ExitCodes.Success)
        {
            error.WriteLine($"error: {latestName}/ was left as it was");
            return plotted;
        }

        try
        {
            var latest = LatestFolder.Replace(runFolder, latestName);
            output.WriteLine($"published {Path.GetFileName(Path.TrimEndingDirectorySeparator(runFolder))} as {latest}");
            RefreshAnswer(Path.GetDirectoryName(latest)!, output, error);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: could not replace {latestName}/ with {runFolder}: {exception.Message}; {latestName}/ was left as it was");
            return ExitCodes.Failure;
        }
    }

    // The combined decision page of latest/ and latest-rate/; the publish itself has succeeded, so a problem here is a warning.
    private static void RefreshAnswer(string resultsRoot, TextWriter output, TextWriter error)
    {
        try
        {
            if (CombinedAnswer.Refresh(resultsRoot) is { } page)
            {
                output.WriteLine($"wrote {page}");
            }
        }
        catch (Exception exception) when (exception is ResultsFileException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"warning: {Path.Combine(resultsRoot, AnswerWriter.FileName)} was not refreshed: {exception.Message}");
        }
    }
}
