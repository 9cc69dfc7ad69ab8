using Lab.CommandLine;

namespace Lab.Plotter.Commands;

/// <summary>
/// <c>Lab.Plotter compare --base A --diff B [options]</c>: judges every cell common to two runs
/// and writes comparison.md, verdicts.csv and ratios.png into the output folder. Exit codes:
/// 0 no regression, 1 at least one cell Slower, 2 bad input (nothing is written then).
/// </summary>
internal static class CompareCommand
{
    public const int NoRegression = ExitCodes.Success;
    public const int Regression = 1;
    public const int BadInput = ExitCodes.BadInput;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        => CompareArguments.Command.Run(args, output, error, parsed =>
        {
            try
            {
                return Compare(CompareArguments.From(parsed), output);
            }
            catch (Exception e) when (e is CompareInputException or ResultsFileException)
            {
                return CompareArguments.Command.Fail(error, e.Message);
            }
        });

    private static int Compare(CompareArguments options, TextWriter output)
    {
        if (!options.AllowOtherMachine)
        {
            MachineCheck.EnsureSameMachine(options.BaseFolders.Concat(options.DiffFolders));
        }

        var report = options.PairedFile is { } paired
            ? ComparisonReport.CreateInProcess(paired, PairedMeasurements.Read(paired), options.Settings)
            : ComparisonReport.Create(
                SideSamples.Load(options.BaseFolders),
                SideSamples.Load(options.DiffFolders),
                options.Settings);

        Directory.CreateDirectory(options.OutputFolder);
        MarkdownReportWriter.Write(report, Path.Combine(options.OutputFolder, MarkdownReportWriter.FileName));
        VerdictCsvWriter.Write(report, Path.Combine(options.OutputFolder, ResultFiles.Verdicts));
        RatioChartRenderer.Write(report, Path.Combine(options.OutputFolder, RatioChartRenderer.FileName));

        output.WriteLine(
            $"{report.Count(Verdict.Slower)} Slower, {report.Count(Verdict.Faster)} Faster, {report.Count(Verdict.Same)} Same, " +
            $"{report.Count(Verdict.Inconclusive)} Inconclusive of {report.Cells.Count} common cells; report in {options.OutputFolder}");
        return report.HasRegression ? Regression : NoRegression;
    }
}
