
namespace Lab.Plotter.Analysis;

/// <summary>Claim 6: task 21's question (COW vs RWMutex vs sync.Map), answered from the matrix's summary.csv.</summary>
internal static class ReadMostlyClaim
{
    private const string title = "COW vs RWMutex vs sync.Map (task 21)";
    private const string quote = "\"Write a comprehensive benchmark suite comparing COW (with atomic.Pointer), RWMutex, and sync.Map for: - Pure reads. - 90R/10W workloads. - 50/50 workloads. - 1K, 10K, 100K entry sizes. Plot the results.\"";
    private static readonly string[] maps = ["cow", "rwlock", "concurrent"];
    private static readonly string[] mixes = ["read100", "read90", "read50"];
    private static readonly string[] leading = ["mix", "entries"];

    public static ClaimReport Evaluate(ExperimentsContext context)
    {
        if (context.Matrix is not { } matrix)
        {
            return ClaimReport.NotMeasured(6, title, quote, "no matrix run found (summary.csv in the experiments folder, or --matrix <folder>).");
        }

        var threads = matrix.Environment.LogicalCores;
        var rows = matrix.Summary.Where(row => row.Cell.Scenario == ScenarioNames.Matrix && row.Cell.Keys == "uniform" && row.Cell.Threads == threads).ToList();
        SummaryRow? Find(string map, string mix, int size) => rows.FirstOrDefault(row => row.Cell.Map == map && row.Cell.Mix == mix && row.Cell.Size == size);
        var sizes = rows.Where(row => maps.Contains(row.Cell.Map) && mixes.Contains(row.Cell.Mix)).Select(row => row.Cell.PlottedSize()).Distinct().Order().ToList();
        if (sizes.Count == 0)
        {
            return ClaimReport.NotMeasured(6, title, quote, $"the matrix run has no cow/rwlock/concurrent cells at {threads} threads.");
        }

        var figures = new List<string> { Markdown.Header([.. leading.Concat(maps.Select(m => $"{m} Mops/s")).Concat(["fastest"])]) };
        var categories = new List<string>();
        var cases = mixes.ToDictionary(mix => mix, _ => (Satisfied: 0, Cases: 0, Evidence: new List<string>()));
        foreach (var mix in mixes)
        {
            foreach (var size in sizes)
            {
                categories.Add($"{mix["read".Length..]}% {Markdown.Size(size)}"); // "100% 10K": short enough for nine categories side by side
                var cells = maps.Select(map => (Map: map, Row: Find(map, mix, size))).Where(c => c.Row is not null).ToList();
                if (cells.Count == 0)
                {
                    continue;
                }

                var best = cells.MaxBy(c => c.Row!.MopsPerSecond);
                var cow = cells.FirstOrDefault(c => c.Map == "cow").Row;
                // "Tied with the fastest": cow's interval reaches the fastest's.
                var cowBestOrTied = cow is not null && (best.Map == "cow" || (cow.MopsCiUpper ?? cow.MopsPerSecond) >= (best.Row!.MopsCiLower ?? best.Row.MopsPerSecond));
                if (cow is not null)
                {
                    // Pure and read-mostly mixes: cow fastest or tied; 50% reads: cow not the fastest.
                    var satisfied = mix == "read50" ? best.Map != "cow" : cowBestOrTied;
                    var (count, total, evidence) = cases[mix];
                    evidence.Add($"{Markdown.Size(size)}: `{best.Map}` / `cow` {SlowerBy(best.Row!, cow)}");
                    cases[mix] = (count + (satisfied ? 1 : 0), total + 1, evidence);
                }

                figures.Add(Markdown.Row([
                    mix, Markdown.Size(size),
                    .. maps.Select(m => Find(m, mix, size) is { } row ? $"{Markdown.Number(row.MopsPerSecond)} ({Markdown.Number(row.MopsCiLower)}-{Markdown.Number(row.MopsCiUpper)})" : "-"),
                    $"`{best.Map}`"]));
            }
        }

        ClaimPart Part(string mix, string statement) => new(statement, cases[mix].Cases == 0 ? "-" : string.Join("; ", cases[mix].Evidence), VerdictRules.Share(cases[mix].Satisfied, cases[mix].Cases));
        List<ClaimPart> parts =
        [
            Part("read100", "pure reads: `cow` fastest or tied"),
            Part("read90", "read-mostly (90% reads): `cow` fastest or tied"),
            Part("read50", "50% reads: `cow` not the fastest"),
        ];
        ExperimentChart.Series Line(string map) => new(map, [.. mixes.SelectMany(mix => sizes.Select(size => Find(map, mix, size))).Select((row, i) => (row, i))
            .Where(p => p.row is not null).Select(p => new SeriesPoint(p.i, p.row!.MopsPerSecond, p.row.MopsCiLower, p.row.MopsCiUpper))]);
        var chart = ExperimentChart.Lines(
            context.ChartsFolder, "claim6-cow-rwlock-concurrent.png", $"COW vs ReaderWriterLockSlim vs ConcurrentDictionary, {threads} threads", context.Caption,
            "reads in the mix, entries", "million operations per second (99.9% CI)", categories, [.. maps.Select(Line)]);
        figures.Add(string.Empty);
        figures.Add($"From the matrix run `{matrix.Environment.RunId}` ({MatrixFolderForReport(context)}), uniform keys, {threads} threads (the core count). In .NET: RWMutex -> `rwlock` (ReaderWriterLockSlim + Dictionary), sync.Map -> `concurrent` (ConcurrentDictionary), COW with atomic.Pointer -> `cow` (volatile-published Dictionary, cloned under a lock per write).");
        return new ClaimReport(
            6, title, quote,
            $"The matrix's throughput per map at 100%, 90% and 50% reads (writes update existing keys), {string.Join(", ", sizes.Select(Markdown.Size))} entries, BenchmarkDotNet, one launch per cell (results/README.md).",
            figures,
            parts,
            $"{VerdictRules.ReadMostlyRule}; {VerdictRules.WeakestRule}.",
            string.Join("; ", parts.Select(part => $"{part.Statement}: {VerdictRules.Label(part.Verdict)}")),
            chart is null ? [] : [chart]);
    }

    /// <summary>Fastest's throughput over cow's: "36x (30-41)", bounds from the two rows' 99.9% intervals (lower: fastest's lower over cow's upper).</summary>
    private static string SlowerBy(SummaryRow best, SummaryRow cow)
    {
        var ratio = best.MopsPerSecond / cow.MopsPerSecond;
        return best.MopsCiLower is { } bestLower && best.MopsCiUpper is { } bestUpper && cow.MopsCiLower is > 0 and var cowLower && cow.MopsCiUpper is > 0 and var cowUpper
            ? $"{Markdown.Number(ratio)}x ({Markdown.Number(bestLower / cowUpper)}-{Markdown.Number(bestUpper / cowLower)})"
            : $"{Markdown.Number(ratio)}x";
    }

    // The matrix folder as seen from the experiments run folder (the charts folder's parent): no machine's absolute path in a committed report.
    private static string? MatrixFolderForReport(ExperimentsContext context)
        => context.MatrixFolder is { } folder ? Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(context.ChartsFolder))!, folder) : null;
}
