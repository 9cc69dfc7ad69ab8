namespace Lab.Plotter.Commands;

/// <summary>
/// <c>Lab.Plotter publish &lt;run folder&gt;</c>: the last step of a benchmark run. Draws the charts and
/// REPORT.md into the run folder (as the plot command does), then makes <c>latest/</c> beside it a copy of
/// the whole run (<see cref="LatestFolder"/>); a rate run (latency.csv only) becomes <c>latest-rate/</c> instead. <c>latest/</c> changes only when all of it succeeded, so a run
/// whose CSVs the plotter rejects, or whose charts fail, leaves the previous latest whole.
/// <para>Exit codes: 0 published; 1 bad input or a failed write (latest untouched); 2 bad command line.</para>
/// </summary>
internal static class PublishCommand
{
    private const string usage = """
        usage: dotnet run -c Release --project src/Plotter -- publish <run folder>

        Draws the charts and REPORT.md into the run folder (results/<run-id>/, written by the benchmark app),
        then replaces latest/ beside it with a copy of the run (latest-rate/ for a rate run: latency.csv without
        summary.csv). On any failure the latest folder is left as it was.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["-h" or "--help"])
        {
            output.WriteLine(usage);
            return PlotCommand.Success;
        }

        if (args.Length != 1 || args[0].StartsWith('-'))
        {
            error.WriteLine($"error: publish takes one run folder, got: {(args.Length == 0 ? "nothing" : string.Join(" ", args))}");
            error.WriteLine(usage);
            return PlotCommand.BadUsage;
        }

        var runFolder = Path.GetFullPath(args[0]);
        if (Path.GetFileName(Path.TrimEndingDirectorySeparator(runFolder)) is LatestFolder.Name or LatestFolder.RateName)
        {
            error.WriteLine($"error: {runFolder} is latest itself; publish a run folder (results/<run-id>), or redraw latest with `dotnet run --project src/Plotter -- {args[0]}`");
            return PlotCommand.BadUsage;
        }

        var latestName = LatestFolder.NameFor(runFolder);
        if (PlotCommand.Plot(runFolder, output, error) is var plotted and not PlotCommand.Success)
        {
            error.WriteLine($"error: {latestName}/ was left as it was");
            return plotted;
        }

        try
        {
            var latest = LatestFolder.Replace(runFolder, latestName);
            output.WriteLine($"published {Path.GetFileName(Path.TrimEndingDirectorySeparator(runFolder))} as {latest}");
            return PlotCommand.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: could not replace {latestName}/ with {runFolder}: {exception.Message}; {latestName}/ was left as it was");
            return PlotCommand.BadInput;
        }
    }
}
