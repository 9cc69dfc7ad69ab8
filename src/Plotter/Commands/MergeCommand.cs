using Lab.CommandLine;

namespace Lab.Plotter.Commands;

/// <summary>
/// <c>Lab.Plotter merge &lt;shard folder&gt;... --out &lt;folder&gt;</c>: joins the run folders of a sharded run
/// (the benchmark app's <c>--shard i/n</c>, one per CI job) into one run folder that <c>publish</c> and
/// <c>plot</c> take like any run (<see cref="ShardFolders"/> for the checks, <see cref="MergedRunWriter"/> for the
/// layout). Exit codes: 0 merged; 2 bad input (a bad command line, shards that are not one run, a malformed
/// file, an existing non-empty --out): the message names file, shard and cell group, and nothing is written;
/// 1 a failed write (nothing left behind).
/// </summary>
internal static class MergeCommand
{
    public static readonly ValueOption<string> Out = new("--out", "<folder>", "the merged run folder to create (must not exist, or be empty); its name is the merged run's id", ValueParsers.Text);

    public static Command Command { get; } = new("Lab.Plotter merge", """
        Joins the run folders of one sharded run (benchmark app --shard i/n, every shard 1..n once) into one
        run folder: every CSV's rows (summary, measurements, latency, experiments, paired and any other),
        environment.csv with one row per machine and the shards it ran, shard-plan.csv, histograms/ and the
        shards' other files under shards/<i>-of-<n>/. Refuses, writing nothing, shards of different commits,
        profiles or shard counts, a missing or repeated shard, a cell group measured twice, on two machines or
        not at all (shard-plan.csv), and an --out folder that holds anything.
        """)
    {
        Usage =
        [
            "dotnet run -c Release --project src/Plotter -- merge <shard run folder>... --out <folder>",
            "scripts/lab merge <shard run folder>... --out <folder>",
        ],
        Options = [Out],
        Operands = new("<shard run folder>...", 1, int.MaxValue),
        Notes = "Exit codes: 0 merged, 1 a failed write, 2 bad input (nothing written in both cases).",
    };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        => Command.Run(args, output, error, parsed => parsed.Get(Out) is { } target
            ? Merge([.. parsed.Operands.Select(Path.GetFullPath)], Path.GetFullPath(target), output, error)
            : Command.Fail(error, "--out <folder> is required"));

    private static int Merge(IReadOnlyList<string> folders, string target, TextWriter output, TextWriter error)
    {
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            return Command.Fail(error, $"--out {target} exists and is not empty; merge into a new folder");
        }

        var repeated = folders.GroupBy(folder => Path.TrimEndingDirectorySeparator(folder), StringComparer.Ordinal).FirstOrDefault(folder => folder.Count() > 1);
        if (repeated is not null)
        {
            return Command.Fail(error, $"the folder {repeated.Key} is given twice");
        }

        MergedRun run;
        try
        {
            run = ShardFolders.Check([.. folders.Select(ShardRun.Read)], Path.GetFileName(Path.TrimEndingDirectorySeparator(target)));
        }
        catch (Exception exception) when (exception is MergeInputException or ResultsFileException)
        {
            error.WriteLine($"error: {exception.Message}");
            error.WriteLine("nothing was written");
            return ExitCodes.BadInput;
        }

        try
        {
            MergedRunWriter.Write(run, target);
        }
        catch (MergeInputException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            error.WriteLine("nothing was written");
            return ExitCodes.BadInput;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: could not write {target}: {exception.Message}; nothing was left behind");
            return ExitCodes.Failure;
        }

        var machines = string.Join("; ", run.Environment.Select(row => $"{row.Machine}: shards {row.Shards}"));
        output.WriteLine($"merged {run.Shards.Count} shards ({run.Plan.Count} cell groups) into {target}; {machines}");
        return ExitCodes.Success;
    }
}
