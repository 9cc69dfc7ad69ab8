using Lab.CommandLine;
using Lab.Results;

namespace Lab.Paired;

/// <summary>
/// <c>Lab.Paired</c>: one process of the in-process paired comparison. Loads the base and the diff
/// build of src/Benchmarks into two load contexts (or, with <c>--maps a,b</c>, one build twice for two
/// maps), and for every cell, in an order shuffled by the seed, alternates slices of both and prints
/// one CSV row: this process's median per-pair log ratio. Run it several times (alternating
/// <c>--diff-first</c>): processes are the replicates.
/// Exit codes: 0 done, 2 bad input, 3 a build lacks the contract (compare it in launch mode).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        PairedOptions? options;
        try
        {
            options = PairedOptions.Parse(args);
        }
        catch (UsageException e)
        {
            return PairedOptions.Command.Fail(Console.Error, e.Message);
        }

        if (options is null)
        {
            Console.WriteLine(PairedOptions.Command.Help());
            return ExitCodes.Success;
        }

        try
        {
            var (buildA, buildB) = Load(options);
            var random = new Random(options.Seed);
            var order = options.Cells.ToArray();
            random.Shuffle(order);
            using var rows = PairedRow.Table.OpenWriter(Console.Out);
            foreach (var cell in order)
            {
                if (Measure(options, buildA, buildB, cell, random) is { } row)
                {
                    rows.Write(row);
                }
            }

            GC.KeepAlive(PairedSession.Sink);
            return 0;
        }
        catch (ContractMissingException e)
        {
            Console.Error.WriteLine($"Lab.Paired: {e.Message}");
            return 3;
        }
        catch (Exception e) when (e is ArgumentException or FileNotFoundException)
        {
            Console.Error.WriteLine($"Lab.Paired: {e.Message}");
            return 2;
        }
    }

    /// <summary>
    /// Both sides' builds, loaded in the process's load order. Two maps of one build still get a load
    /// context each, so each side's benchmark code is compiled for that side alone: in one shared
    /// context with tiering on, Dynamic PGO specialized the shared lookup code to whichever map ran
    /// first (cow vs dictionary lookups at 1K: +0.47 or -0.40 log ratio by load order), and shared
    /// statics or generic instantiations could still couple the two sides without it.
    /// </summary>
    private static (PairedBuild A, PairedBuild B) Load(PairedOptions options)
    {
        var folderB = options.Maps is null ? options.DiffFolder ?? throw new ArgumentException("--diff is required without --maps") : options.BaseFolder;
        if (options.DiffFirst)
        {
            var b = PairedBuild.Load("b", folderB);
            return (PairedBuild.Load("a", options.BaseFolder), b);
        }

        var a = PairedBuild.Load("a", options.BaseFolder);
        return (a, PairedBuild.Load("b", folderB));
    }

    /// <summary>The cell's row; null (and a line on standard error) when a side cannot run it.</summary>
    private static PairedRow? Measure(PairedOptions options, PairedBuild buildA, PairedBuild buildB, string cell, Random random)
    {
        var (cellA, cellB) = options.Maps is { } maps
            ? (CellId.Parse(cell).WithMap(maps.A).ToString(), CellId.Parse(cell).WithMap(maps.B).ToString())
            : (cell, cell);
        SliceRunner? a, b;
        if (options.DiffFirst)
        {
            b = buildB.CreateRunner(cellB);
            a = buildA.CreateRunner(cellA);
        }
        else
        {
            a = buildA.CreateRunner(cellA);
            b = buildB.CreateRunner(cellB);
        }

        if (a is null || b is null)
        {
            a?.Close();
            b?.Close();
            var missing = a is null ? $"{buildA.Folder} ({cellA})" : $"{buildB.Folder} ({cellB})";
            Console.Error.WriteLine($"Lab.Paired: {cell}: {missing} cannot run it in process; not compared");
            return null;
        }

        try
        {
            var result = PairedSession.Measure(a, b, options.SliceTime, options.CellTime, options.MinimumPairs, random);
            var (labelA, labelB) = options.Maps is null ? (PairedRow.BaseLabel, PairedRow.DiffLabel) : (cellA, cellB);
            return new PairedRow
            {
                Cell = cell,
                A = labelA,
                B = labelB,
                LoadOrder = options.DiffFirst ? "b-first" : "a-first",
                Pairs = result.LogRatios.Length,
                SliceInvocations = result.InvocationsPerSlice,
                Settled = result.Settled,
                MedianLogRatio = result.MedianLogRatio,
            };
        }
        finally
        {
            a.Close();
            b.Close();
        }
    }
}
