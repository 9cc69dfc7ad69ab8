using Lab.CommandLine;

namespace Lab.Plotter.Commands;

/// <summary>
/// <c>Lab.Plotter experiments &lt;folder&gt; [--matrix &lt;folder&gt;]</c>: reads experiments.csv and
/// environment.csv of an experiments run folder, draws each claim's charts into
/// <c>&lt;folder&gt;/experiments-charts/</c> and writes <c>&lt;folder&gt;/EXPERIMENTS.md</c>. Claim 6
/// reads a matrix run: the folder itself when it holds summary.csv, else <c>--matrix</c>, else
/// results/latest under the repository root; without one claim 6 is "not measured".
/// Exit codes: 0 done, 2 bad input (a bad command line, a missing folder, a malformed CSV: nothing written).
/// </summary>
internal static class ExperimentsCommand
{
    public static readonly ValueOption<string> Matrix = new("--matrix", "<matrix run folder>", "the matrix run claim 6 reads when the folder holds no summary.csv (default: results/latest)", ValueParsers.Text);

    public static Command Command { get; } = new("Lab.Plotter experiments", """
        Reads experiments.csv and environment.csv (results/README.md), writes <folder>/EXPERIMENTS.md and
        <folder>/experiments-charts/*.png. Claim 6 is read from the matrix's summary.csv: the folder's own
        if present, else --matrix, else results/latest.
        """)
    {
        Usage = ["dotnet run -c Release --project src/Plotter -- experiments <experiments run folder> [--matrix <matrix run folder>]"],
        Options = [Matrix],
        Operands = new("<experiments run folder>", 1, 1),
    };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        => Command.Run(args, output, error, parsed => Write(Path.GetFullPath(parsed.Operands[0]), parsed.Get(Matrix) is { } matrix ? Path.GetFullPath(matrix) : null, output, error));

    private static int Write(string folder, string? matrixFolder, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"error: results folder not found: {folder}");
            return ExitCodes.BadInput;
        }

        try
        {
            var environment = EnvironmentRow.Read(Path.Combine(folder, ResultFiles.Environment));
            var data = new ExperimentData(ExperimentRow.Read(Path.Combine(folder, ResultFiles.Experiments)));
            var matrixSource = File.Exists(Path.Combine(folder, ResultFiles.Summary)) ? folder : matrixFolder ?? PlotCommand.DefaultFolder(Directory.GetCurrentDirectory());
            if (matrixFolder is not null && !File.Exists(Path.Combine(matrixFolder, ResultFiles.Summary)))
            {
                error.WriteLine($"error: no {ResultFiles.Summary} in the matrix folder {matrixFolder}");
                return ExitCodes.BadInput;
            }

            var matrix = File.Exists(Path.Combine(matrixSource, ResultFiles.Summary)) ? BenchmarkResults.Load(matrixSource) : null;
            var charts = Path.Combine(folder, ExperimentsContext.ChartsFolderName);
            var context = new ExperimentsContext(data, matrix, matrix is null ? null : matrixSource, environment.MachineCaption(), charts);
            var claims = ExperimentsReportWriter.Evaluate(context);
            File.WriteAllText(Path.Combine(folder, ExperimentsReportWriter.FileName), ExperimentsReportWriter.Build(environment, claims));
            output.WriteLine($"wrote {Path.Combine(folder, ExperimentsReportWriter.FileName)} and {claims.Sum(c => c.Charts.Count)} charts to {charts}");
            foreach (var claim in claims)
            {
                output.WriteLine($"claim {claim.Number}: {VerdictRules.Label(claim.Verdict)}: {claim.Headline}");
            }

            return ExitCodes.Success;
        }
        catch (ResultsFileException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            error.WriteLine("the columns are described in results/README.md");
            return ExitCodes.BadInput;
        }
    }
}
