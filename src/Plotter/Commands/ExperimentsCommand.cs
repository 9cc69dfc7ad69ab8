
namespace Lab.Plotter.Commands;

/// <summary>
/// <c>Lab.Plotter experiments &lt;folder&gt; [--matrix &lt;folder&gt;]</c>: reads experiments.csv and
/// environment.csv of an experiments run folder, draws each claim's charts into
/// <c>&lt;folder&gt;/experiments-charts/</c> and writes <c>&lt;folder&gt;/EXPERIMENTS.md</c>. Claim 6
/// reads a matrix run: the folder itself when it holds summary.csv, else <c>--matrix</c>, else
/// results/latest under the repository root; without one claim 6 is "not measured".
/// Exit codes: 0 done, 1 bad input (nothing written), 2 bad command line.
/// </summary>
internal static class ExperimentsCommand
{
    private const string usage = """
        usage: dotnet run -c Release --project src/Plotter -- experiments <experiments run folder> [--matrix <matrix run folder>]

        Reads experiments.csv and environment.csv (results/README.md), writes <folder>/EXPERIMENTS.md and
        <folder>/experiments-charts/*.png. Claim 6 is read from the matrix's summary.csv: the folder's own
        if present, else --matrix, else results/latest.
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? folder = null, matrixFolder = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    output.WriteLine(usage);
                    return PlotCommand.Success;
                case "--matrix" when i + 1 < args.Count:
                    matrixFolder = Path.GetFullPath(args[++i]);
                    break;
                case var arg when !arg.StartsWith('-') && folder is null:
                    folder = Path.GetFullPath(arg);
                    break;
                default:
                    error.WriteLine($"error: unexpected argument '{args[i]}'");
                    error.WriteLine(usage);
                    return PlotCommand.BadUsage;
            }
        }

        if (folder is null || !Directory.Exists(folder))
        {
            error.WriteLine(folder is null ? usage : $"error: results folder not found: {folder}");
            return folder is null ? PlotCommand.BadUsage : PlotCommand.BadInput;
        }

        try
        {
            var environment = EnvironmentRow.Read(Path.Combine(folder, ResultFiles.Environment));
            var data = new ExperimentData(ExperimentRow.Read(Path.Combine(folder, ResultFiles.Experiments)));
            var matrixSource = File.Exists(Path.Combine(folder, ResultFiles.Summary)) ? folder : matrixFolder ?? PlotCommand.DefaultFolder(Directory.GetCurrentDirectory());
            if (matrixFolder is not null && !File.Exists(Path.Combine(matrixFolder, ResultFiles.Summary)))
            {
                error.WriteLine($"error: no {ResultFiles.Summary} in the matrix folder {matrixFolder}");
                return PlotCommand.BadInput;
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

            return PlotCommand.Success;
        }
        catch (ResultsFileException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            error.WriteLine("the columns are described in results/README.md");
            return PlotCommand.BadInput;
        }
    }
}
