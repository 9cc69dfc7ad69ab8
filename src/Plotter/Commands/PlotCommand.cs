using Lab.CommandLine;

namespace Lab.Plotter.Commands;

/// <summary>
/// <c>Lab.Plotter [results-folder]</c>: reads the three CSVs of a results folder, renders every chart
/// into <c>&lt;folder&gt;/charts/</c> and writes <c>&lt;folder&gt;/REPORT.md</c>, in place (to redraw any
/// folder, latest included). <c>Lab.Plotter publish &lt;run folder&gt;</c> does the same and then replaces
/// <c>latest/</c> (<see cref="PublishCommand"/>). More run folders after the first are other machines' runs
/// of the same cells: the first folder's REPORT.md then gets "Machines side by side" (<see cref="MachineComparison"/>);
/// they are read, never written.
/// <para>
/// Folder resolution: an explicit folder is relative to the current directory, like any path argument.
/// Without one the default is <c>results/latest</c> under the repository root (the nearest ancestor of
/// the current directory holding <c>Lab.sln</c>), so the command works from any directory of the clone;
/// outside a clone it is <c>results/latest</c> under the current directory.
/// </para>
/// <para>
/// Exit codes: 0 done; 2 bad input (a bad command line, a missing folder, a missing/empty/malformed CSV: the
/// message names the file, line and column) with nothing written; 1 a failed write.
/// </para>
/// </summary>
internal static class PlotCommand
{
    public static Command Command { get; } = new("Lab.Plotter", """
        Reads summary.csv, measurements.csv and environment.csv of the results folder, and latency.csv
        with histograms/ when the folder holds a rate run (columns in results/README.md), writes PNG
        charts into <folder>/charts/ and the report <folder>/REPORT.md.
        """)
    {
        Usage =
        [
            "dotnet run -c Release --project src/Plotter [-- <results folder>]",
            "dotnet run -c Release --project src/Plotter -- <verb> [options]   (verbs below)",
            "scripts/lab plot [results folder]",
            "scripts/lab plot <run folder> <other machine's run folder>...   (machines side by side)",
        ],
        Operands = new("[results folder]", 0, int.MaxValue),
        Notes = $"""
            Default folder: results/latest under the repository root (found from the current directory).
            An explicit folder is relative to the current directory. Further folders: other machines' matrix runs,
            compared cell by cell in the first folder's REPORT.md (ratios within each machine only).
            Exit codes: 0 done, 1 a failed write, 2 bad input (nothing written).

            Verbs (each has its own --help):
            {PlotterVerbs.Table.Describe()}
            """,
    };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        => Command.Run(args, output, error, parsed =>
            Plot(
                parsed.Operands is [var folder, ..] ? Path.GetFullPath(folder) : DefaultFolder(Directory.GetCurrentDirectory()),
                [.. parsed.Operands.Skip(1).Select(Path.GetFullPath)],
                output,
                error));

    /// <summary>Reads the CSVs of <paramref name="folder"/> and publishes its charts and report; an exit code.</summary>
    public static int Plot(string folder, TextWriter output, TextWriter error) => Plot(folder, [], output, error);

    /// <summary>
    /// As <see cref="Plot(string, TextWriter, TextWriter)"/>, the report also comparing the matrix cells with
    /// <paramref name="otherMachines"/>' runs (matrix run folders, read only); an exit code.
    /// </summary>
    public static int Plot(string folder, IReadOnlyList<string> otherMachines, TextWriter output, TextWriter error)
    {
        if (otherMachines.Prepend(folder).FirstOrDefault(path => !Directory.Exists(path)) is { } missing)
        {
            error.WriteLine($"error: results folder not found: {missing}");
            return ExitCodes.BadInput;
        }

        if (otherMachines.FirstOrDefault(path => !BenchmarkResults.IsIn(path)) is { } notMatrix)
        {
            error.WriteLine($"error: {Path.Combine(notMatrix, ResultFiles.Summary)} not found: machines are compared on matrix runs");
            return ExitCodes.BadInput;
        }

        var hasRate = RateResults.IsIn(folder);
        BenchmarkResults? results = null;
        RateResults? rate = null;
        IReadOnlyList<ChartFile> charts;
        try
        {
            // A rate run's folder has latency.csv and no summary.csv; any other folder must be a matrix run.
            if (!hasRate || File.Exists(Path.Combine(folder, ResultFiles.Summary)))
            {
                results = BenchmarkResults.Load(folder);
            }

            rate = hasRate ? RateResults.Load(folder) : null;
            if (otherMachines.Count > 0 && results is null)
            {
                error.WriteLine($"error: {Path.Combine(folder, ResultFiles.Summary)} not found: machines are compared on matrix runs");
                return ExitCodes.BadInput;
            }

            charts = Generate(results, rate, folder, [.. otherMachines.Select(BenchmarkResults.Load)]);
        }
        catch (ResultsFileException exception)
        {
            // Histogram logs are read while charts render: a bad one surfaces here, before anything is published.
            error.WriteLine($"error: {exception.Message}");
            error.WriteLine("nothing was written; the columns are described in results/README.md");
            return ExitCodes.BadInput;
        }

        output.WriteLine($"wrote {charts.Count} charts to {Path.Combine(folder, StagedOutput.ChartsFolderName)}, {Path.Combine(folder, ReportWriter.FileName)} and {Path.Combine(folder, AnswerWriter.FileName)}");
        return ExitCodes.Success;
    }

    /// <summary>Renders a matrix run's charts and report through a staging folder and publishes them together.</summary>
    public static IReadOnlyList<ChartFile> Generate(BenchmarkResults results, string folder) => Generate(results, null, folder);

    /// <summary>
    /// Renders the charts and the report of a matrix run, a rate run, or both in one folder (the rate
    /// sections then follow the matrix report), through a staging folder, published together.
    /// </summary>
    /// <param name="results">The matrix run, if any.</param>
    /// <param name="rate">The rate run, if any.</param>
    /// <param name="folder">The folder the charts and report go to.</param>
    /// <param name="otherMachines">Other machines' matrix runs, compared with <paramref name="results"/> in the report.</param>
    public static IReadOnlyList<ChartFile> Generate(BenchmarkResults? results, RateResults? rate, string folder, IReadOnlyList<BenchmarkResults>? otherMachines = null)
    {
        if (results is null && rate is null)
        {
            throw new ArgumentException("Nothing to plot: neither a matrix nor a rate run.", nameof(results));
        }

        using var staging = new StagedOutput(folder);
        var charts = new List<ChartFile>();
        var report = new System.Text.StringBuilder();
        IReadOnlyList<MatrixAnswer> matrixAnswers = [];
        MachineComparison? machines = null;
        if (results is not null)
        {
            var matrix = new MatrixView(results);
            var verdicts = WinnerJudge.Judge(matrix);
            matrixAnswers = MatrixAnswer.From(matrix, verdicts);
            var targets = TargetEvaluator.Evaluate(results, DesignTargets.For(results.Environment));
            var absent = AbsentCells.Find(matrix);
            charts.AddRange(ChartRenderer.RenderAll(new ChartContext(matrix, verdicts, results.Environment.MachineCaption(), staging.ChartsFolder)));
            report.Append(ReportWriter.Build(matrix, verdicts, targets, charts, absent));
            if (results.Machines.Count > 1)
            {
                MachinesReportWriter.WriteShardMachines(report, results.Machines);
            }

            if (otherMachines is { Count: > 0 })
            {
                var others = otherMachines.Select(other => new MatrixView(other)).Select(view => (view, WinnerJudge.Judge(view)));
                machines = MachineComparison.Compare(MachineRun.Of([(matrix, verdicts), .. others]));
                MachinesReportWriter.WriteComparison(report, machines);
            }
        }

        if (rate is not null)
        {
            var rateCharts = RateCharts.RenderAll(rate, rate.Environment.MachineCaption(), staging.ChartsFolder);
            charts.AddRange(rateCharts);
            report.Append(results is null ? RateReportWriter.BuildReport(rate, rateCharts) : RateReportWriter.BuildSection(rate, rateCharts));
        }

        // The decision page: the same verdicts as the report's, its chart beside the others.
        var answers = AnswerSet.From(results?.Environment, matrixAnswers, rate) with { Machines = machines };
        var decisionCharts = rate is null ? [] : DecisionChart.Render(answers.Rate, rate.Environment.MachineCaption(), staging.ChartsFolder);
        charts.AddRange(decisionCharts);
        File.WriteAllText(staging.AnswerPath, AnswerWriter.Build(answers, decisionCharts));
        File.WriteAllText(staging.ReportPath, report.ToString());
        staging.Publish();
        return charts;
    }

    /// <summary><c>results/latest</c> under the repository root found from <paramref name="start"/>, else under <paramref name="start"/>.</summary>
    public static string DefaultFolder(string start) => Path.Combine(RepositoryLayout.ResultsFolder(start), Publishing.LatestFolder.Name);
}
