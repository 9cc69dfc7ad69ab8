using System.Globalization;

namespace Lab.Plotter.Commands;

/// <summary>The parsed command line of <c>Lab.Plotter compare</c>.</summary>
internal sealed record CompareArguments(
    IReadOnlyList<string> BaseFolders,
    IReadOnlyList<string> DiffFolders,
    string OutputFolder,
    JudgeSettings Settings,
    bool AllowOtherMachine,
    string? PairedFile = null)
{
    public const string Usage = """
        Usage: Lab.Plotter compare --base <folder> --diff <folder> [options]
               Lab.Plotter compare --paired <paired.csv> [options]
          --paired <file>        judge in-process pairs (scripts/lab paired): per cell, one median log
                                 ratio per process, processes as replicates (signed-rank, Holm);
                                 --min-launches then counts processes
          --base <folder>        results folder of the base run (holds measurements.csv); repeat to pool rounds
          --diff <folder>        results folder of the changed run; repeat to pool rounds
          --threshold <p%>       smallest relative change reported as Slower or Faster (default 5%;
                                 with --paired 2%)
          --margin <p%>          Same needs the interval inside 1 +/- margin (default: the threshold;
                                 with --paired 5%)
          --noise <x>ns          absolute noise floor in ns/op a change must also exceed (default 0.5ns)
          --alpha <a>            family-wise error over all cells (Holm): the chance of any false
                                 Slower or Faster, 0 < a < 0.5 (default 0.01)
          --min-launches <n>     fewer launches per side makes a cell Inconclusive (default 5); the
                                 judged unit is the launch (the median of its iterations); refused
                                 when n vs n launches can never reach alpha (n = 4 at alpha 0.01)
          --out <folder>         where comparison.md, verdicts.csv and ratios.png go
                                 (default: <parent of base>/compare-<base>-vs-<diff>)
          --allow-other-machine  compare runs whose environment.csv names different machines
        Verdicts: Slower, Faster, Same (interval inside 1 +/- margin) or Inconclusive.
        Exit codes: 0 no regression, 1 at least one cell Slower, 2 bad input.
        """;

    /// <summary>Parses <paramref name="args"/>; throws <see cref="CompareInputException"/> on a bad option.</summary>
    public static CompareArguments Parse(IReadOnlyList<string> args)
    {
        var bases = new List<string>();
        var diffs = new List<string>();
        string? output = null;
        string? paired = null;
        var allowOtherMachine = false;
        var s = JudgeSettings.Default;
        double? threshold = null, margin = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--allow-other-machine")
            {
                allowOtherMachine = true;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new CompareInputException($"option {name} needs a value (or is unknown)");
            }

            var value = args[++i];
            switch (name)
            {
                case "--base": bases.Add(value); break;
                case "--diff": diffs.Add(value); break;
                case "--out": output = value; break;
                case "--paired": paired = value; break;
                case "--threshold": threshold = Percent(name, value, 0, 1); break;
                case "--margin": margin = Percent(name, value, 0, 1); break;
                case "--noise": s = s with { NoiseNs = Nanoseconds(name, value) }; break;
                case "--alpha": s = s with { Alpha = Number(name, value, 0, 0.5) }; break;
                case "--min-launches": s = s with { MinLaunches = Count(name, value) }; break;
                default: throw new CompareInputException($"unknown option {name}");
            }
        }

        if (paired is not null ? bases.Count + diffs.Count > 0 : bases.Count == 0 || diffs.Count == 0)
        {
            throw new CompareInputException("either --paired, or both --base and --diff, are required");
        }

        var defaults = paired is null ? JudgeSettings.Default : JudgeSettings.InProcessDefault;
        s = s with { RelativeThreshold = threshold ?? defaults.RelativeThreshold, Margin = margin ?? defaults.Margin };

        var fewest = JudgeSettings.FewestLaunchesFor(s.Alpha);
        if (s.MinLaunches < fewest)
        {
            throw new CompareInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"--min-launches {s.MinLaunches} can never reach alpha {s.Alpha}: with {s.MinLaunches} launches a side the exact test's smallest p-value is {ExactNullDistribution.MannWhitney(s.MinLaunches, s.MinLaunches).SmallestPValue:G3}; use at least {fewest}"));
        }

        if (paired is not null)
        {
            return new CompareArguments([], [], output ?? Path.GetDirectoryName(Path.GetFullPath(paired)) ?? ".", s, allowOtherMachine, paired);
        }

        output ??= Path.Combine(
            Path.GetDirectoryName(Path.GetFullPath(bases[0]).TrimEnd(Path.DirectorySeparatorChar)) ?? ".",
            $"compare-{FolderName(bases[0])}-vs-{FolderName(diffs[0])}");
        return new CompareArguments(bases, diffs, output, s, allowOtherMachine);
    }

    private static string FolderName(string folder) => Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar));

    private static double Percent(string name, string value, double exclusiveMin, double exclusiveMax)
    {
        if (!value.EndsWith('%'))
        {
            throw new CompareInputException($"{name} {value}: expected a percentage such as 5%");
        }

        return Number(name, value[..^1], exclusiveMin * 100, exclusiveMax * 100) / 100;
    }

    private static double Nanoseconds(string name, string value)
    {
        var digits = value.EndsWith("ns", StringComparison.Ordinal) ? value[..^2] : value;
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var ns) || !double.IsFinite(ns) || ns < 0)
        {
            throw new CompareInputException($"{name} {value}: expected a non-negative duration in nanoseconds such as 0.5ns");
        }

        return ns;
    }

    private static double Number(string name, string value, double exclusiveMin, double exclusiveMax)
        => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number) && number > exclusiveMin && number < exclusiveMax
            ? number
            : throw new CompareInputException(
                string.Create(CultureInfo.InvariantCulture, $"{name} {value}: expected a number above {exclusiveMin} and below {exclusiveMax}"));

    private static int Count(string name, string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1
            ? count
            : throw new CompareInputException($"{name} {value}: expected a positive integer");
}
