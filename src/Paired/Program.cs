using System.Globalization;

namespace Lab.Paired;

/// <summary>
/// <c>Lab.Paired</c>: one process of the in-process paired comparison. Loads the base and the diff
/// build of src/Benchmarks into two load contexts (or, with <c>--maps a,b</c>, one build and two
/// maps), alternates slices of one cell and prints one CSV row: the median per-pair log ratio of this
/// process. Run it several times (alternating <c>--diff-first</c>): processes are the replicates.
/// Exit codes: 0 done, 2 bad input, 3 a build lacks the contract (compare it in launch mode).
/// </summary>
internal static class Program
{
    public const string Usage = """
        Usage: Lab.Paired --base <build folder> --diff <build folder> --cell <cell id> [options]
               Lab.Paired --base <build folder> --maps <a>,<b> --cell targets/{map}/lookup/<size>/1/uniform [options]
          --pairs <n>       measured pairs (default 300)
          --slice <n>       invocations per slice, 1024 lookups each (default 50)
          --warmup <n>      fewest pairs run first and discarded; the warm-up goes on until the
                            JIT has compiled nothing for 250 ms (at most 6 s) (default 50)
          --seed <n>        seed of the per-pair order (default 1)
          --diff-first      load the diff build (or map b) first
        Build folders are src/Benchmarks/bin/Release/net10.0 of each checkout. Output: one CSV row
        cell,a,b,load_order,pairs,median_log_ratio (b over a; above 0 is slower).
        Exit codes: 0 done, 2 bad input, 3 a build lacks the paired contract: use launch mode.
        """;

    private static int Main(string[] args)
    {
        try
        {
            var options = PairedOptions.Parse(args);
            if (options is null)
            {
                Console.WriteLine(Usage);
                return 0;
            }

            var (cellA, cellB, a, b) = Runners(options);
            var ratios = PairedSession.Run(a, b, options.Pairs, options.Slice, options.Warmup, new Random(options.Seed));
            Array.Sort(ratios);
            var median = (ratios[(ratios.Length - 1) / 2] + ratios[ratios.Length / 2]) / 2;
            Console.WriteLine("cell,a,b,load_order,pairs,median_log_ratio");
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{options.Cell},{cellA},{cellB},{(options.DiffFirst ? "b-first" : "a-first")},{ratios.Length},{median:R}"));
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

    private static (string CellA, string CellB, Func<int, long> A, Func<int, long> B) Runners(PairedOptions options)
    {
        // Two maps of one build still get a load context each: in one context both would run the same
        // compiled Lookup, which Dynamic PGO specializes to whichever map ran first (measured here,
        // cow vs dictionary at 1K: +0.47 or -0.40 log ratio depending on the load order).
        var (cellA, cellB) = options.Maps is { } maps
            ? (options.Cell.Replace("{map}", maps.A, StringComparison.Ordinal), options.Cell.Replace("{map}", maps.B, StringComparison.Ordinal))
            : (options.Cell, options.Cell);
        var folderB = options.Maps is null ? options.DiffFolder ?? throw new ArgumentException("--diff is required without --maps") : options.BaseFolder;
        if (options.DiffFirst)
        {
            var b = Runner(PairedBuild.Load("b", folderB), cellB);
            var a = Runner(PairedBuild.Load("a", options.BaseFolder), cellA);
            return (LabelA(), LabelB(), a, b);
        }
        else
        {
            var a = Runner(PairedBuild.Load("a", options.BaseFolder), cellA);
            var b = Runner(PairedBuild.Load("b", folderB), cellB);
            return (LabelA(), LabelB(), a, b);
        }

        string LabelA() => options.Maps is null ? "base" : cellA;

        string LabelB() => options.Maps is null ? "diff" : cellB;
    }
    private static Func<int, long> Runner(PairedBuild build, string cell)
        => build.CreateRunner(cell) ?? throw new ArgumentException($"{build.Folder}: cell {cell} cannot run in process (today: targets/<map>/lookup/<size>/1/uniform)");
}
