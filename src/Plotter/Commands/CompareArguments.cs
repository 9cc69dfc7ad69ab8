using System.Globalization;
using Lab.CommandLine;

namespace Lab.Plotter.Commands;

/// <summary>The parsed command line of <c>Lab.Plotter compare</c> (its options are also <c>power</c>'s).</summary>
internal sealed record CompareArguments(
    IReadOnlyList<string> BaseFolders,
    IReadOnlyList<string> DiffFolders,
    string OutputFolder,
    JudgeSettings Settings,
    bool AllowOtherMachine,
    string? PairedFile = null)
{
    public static readonly ValueOption<string> Paired = new("--paired", "<file>", """
        judge in-process pairs (scripts/lab paired): per cell, one median log
        ratio per process, processes as replicates (signed-rank, Holm);
        --min-launches then counts processes
        """, ValueParsers.Text);

    public static readonly ValueOption<string> Base = new("--base", "<folder>", "results folder of the base run (holds measurements.csv); repeat to pool rounds", ValueParsers.Text);

    public static readonly ValueOption<string> Diff = new("--diff", "<folder>", "results folder of the changed run; repeat to pool rounds", ValueParsers.Text);

    public static readonly ValueOption<double> Threshold = new("--threshold", "<p%>", """
        smallest relative change reported as Slower or Faster (default 5%;
        with --paired 2%)
        """, ValueParsers.Percent(0, 1));

    public static readonly ValueOption<double> Margin = new("--margin", "<p%>", """
        Same needs the interval inside 1 +/- margin (default: the threshold;
        with --paired 5%)
        """, ValueParsers.Percent(0, 1));

    public static readonly ValueOption<double> Noise = new("--noise", "<x>ns", "absolute noise floor in ns/op a change must also exceed (default 0.5ns)", ValueParsers.Nanoseconds);

    public static readonly ValueOption<double> Alpha = new("--alpha", "<a>", """
        family-wise error over all cells (Holm): the chance of any false
        Slower or Faster, 0 < a < 0.5 (default 0.01)
        """, ValueParsers.Number(0, 0.5));

    public static readonly ValueOption<int> MinLaunches = new("--min-launches", "<n>", """
        fewer launches per side makes a cell Inconclusive (default 5); the
        judged unit is the launch (the median of its iterations); refused
        when n vs n launches can never reach alpha (n = 4 at alpha 0.01)
        """, ValueParsers.PositiveInteger);

    public static readonly ValueOption<string> Out = new("--out", "<folder>", """
        where comparison.md, verdicts.csv and ratios.png go
        (default: <parent of base>/compare-<base>-vs-<diff>)
        """, ValueParsers.Text);

    public static readonly Flag AllowOtherMachineFlag = new("--allow-other-machine", "compare runs whose environment.csv names different machines");

    /// <summary>The options of a comparison, in the help's order.</summary>
    public static IReadOnlyList<Option> Options { get; } = [Paired, Base, Diff, Threshold, Margin, Noise, Alpha, MinLaunches, Out, AllowOtherMachineFlag];

    public static Command Command { get; } = new("Lab.Plotter compare", "Judges every cell common to two runs (or every cell of in-process pairs) and writes comparison.md, verdicts.csv and ratios.png.")
    {
        Usage =
        [
            "Lab.Plotter compare --base <folder> --diff <folder> [options]",
            "Lab.Plotter compare --paired <paired.csv> [options]",
        ],
        Options = Options,
        Notes = """
            Verdicts: Slower, Faster, Same (interval inside 1 +/- margin) or Inconclusive.
            Exit codes: 0 no regression, 1 at least one cell Slower, 2 bad input.
            """,
    };

    /// <summary>Parses <paramref name="args"/> against <see cref="Command"/>.</summary>
    /// <exception cref="UsageException">A bad option, a bad value, or options that do not go together.</exception>
    public static CompareArguments Parse(IReadOnlyList<string> args) => From(Command.Parse(args));

    /// <summary>The comparison <paramref name="parsed"/> asks for (parsed against a table holding <see cref="Options"/>).</summary>
    /// <exception cref="UsageException">Options that do not go together.</exception>
    public static CompareArguments From(ParseResult parsed)
    {
        var bases = parsed.All(Base);
        var diffs = parsed.All(Diff);
        var paired = parsed.Get(Paired);
        if (paired is not null ? bases.Count + diffs.Count > 0 : bases.Count == 0 || diffs.Count == 0)
        {
            throw new UsageException("either --paired, or both --base and --diff, are required");
        }

        var defaults = paired is null ? JudgeSettings.Default : JudgeSettings.InProcessDefault;
        var s = JudgeSettings.Default with
        {
            RelativeThreshold = parsed.Get(Threshold, defaults.RelativeThreshold),
            Margin = parsed.Has(Margin) ? parsed.Get(Margin) : defaults.Margin,
            NoiseNs = parsed.Get(Noise, JudgeSettings.Default.NoiseNs),
            Alpha = parsed.Get(Alpha, JudgeSettings.Default.Alpha),
            MinLaunches = parsed.Get(MinLaunches, JudgeSettings.Default.MinLaunches),
        };

        var fewest = JudgeSettings.FewestLaunchesFor(s.Alpha);
        if (s.MinLaunches < fewest)
        {
            throw new UsageException(string.Create(
                CultureInfo.InvariantCulture,
                $"--min-launches {s.MinLaunches} can never reach alpha {s.Alpha}: with {s.MinLaunches} launches a side the exact test's smallest p-value is {ExactNullDistribution.MannWhitney(s.MinLaunches, s.MinLaunches).SmallestPValue:G3}; use at least {fewest}"));
        }

        var output = parsed.Get(Out);
        var allowOtherMachine = parsed.Has(AllowOtherMachineFlag);
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
}
