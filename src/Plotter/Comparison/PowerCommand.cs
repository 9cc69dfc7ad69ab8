using System.Globalization;
using System.Text;
using static Lab.Plotter.Comparison.ReportFormat;

namespace Lab.Plotter.Comparison;

/// <summary>
/// <c>Lab.Plotter power (--base A --diff B | --paired paired.csv) [compare options] [--factors ..] [--splits n] [--seed n] [--only s]</c>:
/// from an A/A comparison's raw rounds or in-process values, prints per cell the chance of a Slower
/// verdict at each slowdown factor and the smallest slowdown caught with 80% probability
/// (<see cref="PowerEstimator"/>), as Markdown on standard output (or, with <c>--summary</c>, the
/// expected power in a few lines, as scripts/compare.sh prints before a run). Exit codes: 0 done, 2 bad input.
/// </summary>
internal static class PowerCommand
{
    public const double Target = 0.8;

    public const string Usage = """
        Usage: Lab.Plotter power --base <folder> --diff <folder> [options]
               Lab.Plotter power --paired <A/A paired.csv> [--processes <n>] [options]
          Estimates, from an A/A comparison's raw rounds (one build against itself), the smallest
          slowdown each cell would be judged Slower for in 80% of runs: the launches of both sides are
          re-split at random, one half scaled by each factor, and the family judged as compare does.
          With --paired (an in-process A/A of scripts/paired.sh), each draw takes the processes' values
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
                output.Write(RenderSummary(estimate));
                return CompareCommand.NoRegression;
            }

            output.Write(Render(estimate, options.Settings));
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

    /// <summary>A few lines: per factor, the cells caught in 80% of draws; the worst cell; the family's false alarms.</summary>
    public static string RenderSummary(PowerEstimate estimate)
    {
        var text = new StringBuilder();
        var caught = estimate.Cells.Select(c => (c.Cell, Smallest: c.SmallestDetected(estimate.Factors, Target))).ToList();
        text.AppendLine(Invariant($"expected power ({estimate.Method}, {estimate.Cells.Count} cells): cells whose slowdown is caught in {Percent(Target)} of runs:"));
        text.AppendLine(string.Join(", ", estimate.Factors.Select(f => Invariant($"{Percent(f - 1)}: {caught.Count(c => c.Smallest is { } s && s <= f)}"))));
        var worst = caught.OrderByDescending(c => c.Smallest ?? double.PositiveInfinity).First();
        text.AppendLine(Invariant($"worst cell {worst.Cell}: {(worst.Smallest is { } w ? Percent(w - 1) : "> " + Percent(estimate.Factors[^1] - 1))}; family-wise false alarms {Percent(estimate.FamilyFalseAlarmRate)}, Inconclusive {Percent(estimate.InconclusiveRate)} of cells"));
        return text.ToString();
    }

    /// <summary>The Markdown table: one row per cell, power per factor, smallest slowdown caught at 80%.</summary>
    public static string Render(PowerEstimate estimate, JudgeSettings settings)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"## Power from {estimate.Method} ({estimate.Splits} draws per factor, {estimate.Cells.Count} cells, family-wise alpha {Number(settings.Alpha)}, threshold {Percent(settings.RelativeThreshold)})"));
        text.AppendLine();
        text.AppendLine(Invariant($"Unscaled draws: {Percent(estimate.FamilyFalseAlarmRate)} hold at least one Slower or Faster cell (family-wise false alarms); {Percent(estimate.InconclusiveRate)} of cells Inconclusive."));
        var caught = estimate.Cells.Select(c => c.SmallestDetected(estimate.Factors, Target)).ToList();
        text.AppendLine(Invariant($"Cells whose slowdown is caught in {Percent(Target)} of draws at some factor tried: {caught.Count(c => c is not null)} of {estimate.Cells.Count}."));
        text.AppendLine();
        text.Append("| cell | launches | median width (A/A) |");
        foreach (var f in estimate.Factors)
        {
            text.Append(Invariant($" P(Slower) at x{Number(f)} |"));
        }

        text.AppendLine(" smallest slowdown caught at 80% |");
        text.Append("|---|--:|--:|");
        text.Append(string.Concat(estimate.Factors.Select(_ => "--:|")));
        text.AppendLine("--:|");
        foreach (var (cell, smallest) in estimate.Cells.Zip(caught))
        {
            var width = double.IsFinite(cell.MedianWidth) ? Percent(cell.MedianWidth) : "none";
            text.Append(Invariant($"| `{cell.Cell}` | {cell.BaseLaunches} vs {cell.DiffLaunches} | {width} |"));
            foreach (var p in cell.Power)
            {
                text.Append(Invariant($" {p:0.00} |"));
            }

            text.AppendLine(smallest is { } f ? Invariant($" {Percent(f - 1)} |") : Invariant($" > {Percent(estimate.Factors[^1] - 1)} |"));
        }

        return text.ToString();
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
