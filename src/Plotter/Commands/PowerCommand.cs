using System.Globalization;

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
    public const string Usage = """
        Usage: Lab.Plotter power --base <folder> --diff <folder> [options]
               Lab.Plotter power --paired <A/A paired.csv> [--processes <n>] [options]
          Estimates, from an A/A comparison's raw rounds (one build against itself), the smallest
          slowdown each cell would be judged Slower for in 80% of runs: the launches of both sides are
          re-split at random, one half scaled by each factor, and the family judged as compare does.
          With --paired (an in-process A/A of scripts/lab paired), each draw takes the processes' values
          of every cell with replacement, shifts one cell by each factor and judges the family.
          --factors <f,f,..>     slowdowns to try, each > 1 (default 1.02,1.05,1.1,1.2,1.5,2,5)
          --splits <n>           random re-splits per factor (default 200)
          --seed <n>             seed of the re-splits (default 1)
          --only <text>          judge only cells whose id contains text (a smaller family)
          --launches <n>         project to n launches a side: draw each half with replacement from
                                 the pooled launches (bootstrap) instead of re-splitting them
          --processes <n>        with --paired: project to n processes (default: as many as measured)
          --summary              print only the expected power: how many cells catch each slowdown
                                 in 80% of runs, the worst cell, the family-wise false alarms
          and compare's --base, --diff, --threshold, --noise, --alpha, --min-launches.
        """;

    private static readonly double[] defaultFactors = [1.02, 1.05, 1.1, 1.2, 1.5, 2, 5];

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 1 && args[0] is "-h" or "--help")
        {
            output.WriteLine(Usage);
            return CompareCommand.NoRegression;
        }

        try
        {
            var factors = defaultFactors;
            var splits = 200;
            var seed = 1;
            string? only = null;
            int? launches = null;
            int? processes = null;
            var summary = false;
            var rest = new List<string>();
            for (var i = 0; i < args.Count; i++)
            {
                var name = args[i];
                if (name == "--summary")
                {
                    summary = true;
                }
                else if (name is "--factors" or "--splits" or "--seed" or "--only" or "--launches" or "--processes")
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new CompareInputException($"option {name} needs a value");
                    }

                    var value = args[++i];
                    switch (name)
                    {
                        case "--factors": factors = Factors(value); break;
                        case "--splits": splits = Positive(name, value); break;
                        case "--seed": seed = Positive(name, value); break;
                        case "--launches": launches = Positive(name, value); break;
                        case "--processes": processes = Positive(name, value); break;
                        default: only = value; break;
                    }
                }
                else
                {
                    rest.Add(name);
                }
            }

            var options = CompareArguments.Parse(rest);
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

            if (summary)
            {
                output.Write(PowerReportWriter.RenderSummary(estimate));
                return CompareCommand.NoRegression;
            }

            output.Write(PowerReportWriter.Render(estimate, options.Settings));
            return CompareCommand.NoRegression;
        }
        catch (Exception e) when (e is CompareInputException or ResultsFileException)
        {
            error.WriteLine($"power: {e.Message}");
            error.WriteLine("Run 'Lab.Plotter power --help' for the options.");
            return CompareCommand.BadInput;
        }
    }

    private static List<string> Cells(IEnumerable<string> cells, string? only)
    {
        var chosen = cells.Where(c => only is null || c.Contains(only, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        return chosen.Count > 0 ? chosen : throw new CompareInputException("no common cells" + (only is null ? "" : $" containing '{only}'"));
    }

    private static double[] Factors(string value)
    {
        var parts = value.Split(',');
        var factors = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out factors[i]) || !double.IsFinite(factors[i]) || factors[i] <= 1)
            {
                throw new CompareInputException($"--factors {value}: expected comma-separated numbers above 1 such as 1.05,1.1");
            }
        }

        return [.. factors.Order()];
    }

    private static int Positive(string name, string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new CompareInputException($"{name} {value}: expected a positive integer");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
