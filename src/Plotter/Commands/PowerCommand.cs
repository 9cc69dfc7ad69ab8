using Lab.CommandLine;

namespace Lab.Plotter.Commands;

/// <summary>
/// <c>Lab.Plotter power (--base A --diff B | --paired paired.csv) [compare options] [--factors ..] [--splits n] [--seed n] [--only s]</c>:
/// from an A/A comparison's raw rounds or in-process values, prints per cell the chance of a Slower
/// verdict at each slowdown factor and the smallest slowdown caught with 80% probability
/// (<see cref="PowerEstimator"/>), as Markdown on standard output (or, with <c>--summary</c>, the
/// expected power in a few lines, as scripts/lab compare prints before a run). Exit codes: 0 done, 2 bad input.
/// </summary>
internal static class PowerCommand
{
    public static readonly ValueOption<IReadOnlyList<double>> Factors = new("--factors", "<f,f,..>", "slowdowns to try, each > 1 (default 1.02,1.05,1.1,1.2,1.5,2,5)", ValueParsers.Number(1, double.PositiveInfinity, "a number above 1 such as 1.05").List());

    public static readonly ValueOption<int> Splits = new("--splits", "<n>", "random re-splits per factor (default 200)", ValueParsers.PositiveInteger);

    public static readonly ValueOption<int> Seed = new("--seed", "<n>", "seed of the re-splits (default 1)", ValueParsers.PositiveInteger);

    public static readonly ValueOption<string> Only = new("--only", "<text>", "judge only cells whose id contains text (a smaller family)", ValueParsers.Text);

    public static readonly ValueOption<int> Launches = new("--launches", "<n>", """
        project to n launches a side: draw each half with replacement from
        the pooled launches (bootstrap) instead of re-splitting them
        """, ValueParsers.PositiveInteger);

    public static readonly ValueOption<int> Processes = new("--processes", "<n>", "with --paired: project to n processes (default: as many as measured)", ValueParsers.PositiveInteger);

    public static readonly Flag Summary = new("--summary", """
        print only the expected power: how many cells catch each slowdown
        in 80% of runs, the worst cell, the family-wise false alarms
        """);

    public static Command Command { get; } = new("Lab.Plotter power", """
        Estimates, from an A/A comparison's raw rounds (one build against itself), the smallest
        slowdown each cell would be judged Slower for in 80% of runs: the launches of both sides are
        re-split at random, one half scaled by each factor, and the family judged as compare does.
        With --paired (an in-process A/A of scripts/lab paired), each draw takes the processes' values
        of every cell with replacement, shifts one cell by each factor and judges the family.
        """)
    {
        Usage =
        [
            "Lab.Plotter power --base <folder> --diff <folder> [options]",
            "Lab.Plotter power --paired <A/A paired.csv> [--processes <n>] [options]",
        ],
        Options = [Factors, Splits, Seed, Only, Launches, Processes, Summary, .. CompareArguments.Options],
        Notes = "The judge's options are compare's (Lab.Plotter compare --help). Exit codes: 0 done, 2 bad input.",
    };

    private static readonly double[] defaultFactors = [1.02, 1.05, 1.1, 1.2, 1.5, 2, 5];

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        => Command.Run(args, output, error, parsed =>
        {
            try
            {
                return Estimate(parsed, output);
            }
            catch (Exception e) when (e is CompareInputException or ResultsFileException)
            {
                return Command.Fail(error, e.Message);
            }
        });

    private static int Estimate(ParseResult parsed, TextWriter output)
    {
        double[] factors = parsed.Get(Factors) is { } given ? [.. given.Order()] : defaultFactors;
        var splits = parsed.Get(Splits, 200);
        var seed = parsed.Get(Seed, 1);
        var only = parsed.Get(Only);
        int? launches = parsed.Has(Launches) ? parsed.Get(Launches) : null;
        int? processes = parsed.Has(Processes) ? parsed.Get(Processes) : null;
        var options = CompareArguments.From(parsed);
        PowerEstimate estimate;
        if (options.PairedFile is { } paired)
        {
            var values = PairedMeasurements.Read(paired);
            estimate = PowerEstimator.EstimateInProcess(values, Cells(values.Keys, only), options.Settings, factors, splits, seed, processes);
        }
        else
        {
            var @base = SideSamples.Load(options.BaseFolders);
            var diff = SideSamples.Load(options.DiffFolders);
            var cells = Cells(@base.Cells.Where(c => diff.Cells.Contains(c)), only);
            estimate = PowerEstimator.Estimate(@base, diff, cells, options.Settings, factors, splits, seed, launches);
        }

        output.Write(parsed.Has(Summary) ? PowerReportWriter.RenderSummary(estimate) : PowerReportWriter.Render(estimate, options.Settings));
        return CompareCommand.NoRegression;
    }

    private static List<string> Cells(IEnumerable<string> cells, string? only)
    {
        var chosen = cells.Where(c => only is null || c.Contains(only, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        return chosen.Count > 0 ? chosen : throw new CompareInputException("no common cells" + (only is null ? "" : $" containing '{only}'"));
    }
}
