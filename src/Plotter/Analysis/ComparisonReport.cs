namespace Lab.Plotter.Analysis;

/// <summary>
/// The judgment of every cell common to both sides, worst first (highest ratio first, ties by cell
/// id so the order is stable), with what the summary and exit code need.
/// </summary>
internal sealed class ComparisonReport
{
    private ComparisonReport(
        string sources,
        JudgeSettings settings,
        IReadOnlyList<CellComparison> cells,
        IReadOnlyList<string> onlyInBase,
        IReadOnlyList<string> onlyInDiff)
    {
        Sources = sources;
        Settings = settings;
        Cells = cells;
        OnlyInBase = onlyInBase;
        OnlyInDiff = onlyInDiff;
    }

    /// <summary>What was compared, for the report's first line (Markdown).</summary>
    public string Sources { get; }

    public JudgeSettings Settings { get; }

    /// <summary>Common cells, highest ratio (worst) first.</summary>
    public IReadOnlyList<CellComparison> Cells { get; }

    public IReadOnlyList<string> OnlyInBase { get; }

    public IReadOnlyList<string> OnlyInDiff { get; }

    /// <summary>True when at least one cell is Slower: the comparison's exit code is then 1.</summary>
    public bool HasRegression => Cells.Any(c => c.Verdict == Verdict.Slower);

    /// <summary>Judges every common cell. Throws <see cref="CompareInputException"/> when there is none.</summary>
    public static ComparisonReport Create(SideSamples @base, SideSamples diff, JudgeSettings settings)
    {
        var common = @base.Cells.Where(c => diff.Cells.Contains(c)).ToList();
        if (common.Count == 0)
        {
            throw new CompareInputException(
                $"no common cells: base ({string.Join(", ", @base.Folders)}) has {@base.Cells.Count} cells, " +
                $"diff ({string.Join(", ", diff.Folders)}) has {diff.Cells.Count}, none shared");
        }

        common.Sort(StringComparer.Ordinal);
        var cells = new CellJudge(settings).JudgeAll(common, @base, diff);
        return new ComparisonReport(
            $"Base: {Folders(@base)} ({@base.Launches} launches). Diff: {Folders(diff)} ({diff.Launches} launches).",
            settings,
            Sorted(cells),
            Missing(@base, diff),
            Missing(diff, @base));
    }

    /// <summary>
    /// Judges in-process paired measurements (<see cref="PairedMeasurements"/>): per cell, the per-process
    /// median log ratios, processes as replicates.
    /// </summary>
    public static ComparisonReport CreateInProcess(string source, IReadOnlyDictionary<string, IReadOnlyList<double>> processLogRatios, JudgeSettings settings)
    {
        if (processLogRatios.Count == 0)
        {
            throw new CompareInputException($"{source}: no measurements (header only)");
        }

        var cells = processLogRatios.Keys.Order(StringComparer.Ordinal).ToList();
        var judged = new CellJudge(settings).JudgeInProcess(cells, processLogRatios);
        return new ComparisonReport($"In-process pairs: `{source}` (one value per process: its median per-pair log ratio).", settings, Sorted(judged), [], []);
    }

    private static List<CellComparison> Sorted(IEnumerable<CellComparison> cells)
        => [.. cells.OrderByDescending(c => c.Ratio).ThenBy(c => c.Cell, StringComparer.Ordinal)];

    private static string Folders(SideSamples side) => string.Join(", ", side.Folders.Select(f => $"`{f}`"));

    /// <summary>
    /// The fewest launches a side (n vs n, launch mode) or processes (in-process mode) with which every
    /// cell of this family could reach Holm's first level, alpha / cells.
    /// </summary>
    public int FewestReplicatesForAllCells => Count(ComparisonMode.InProcess) > 0
        ? JudgeSettings.FewestProcessesFor(Settings.Alpha / Cells.Count)
        : JudgeSettings.FewestLaunchesFor(Settings.Alpha / Cells.Count);

    /// <summary>Number of cells compared in <paramref name="mode"/>.</summary>
    public int Count(ComparisonMode mode) => Cells.Count(c => c.Mode == mode);

    /// <summary>Number of cells with <paramref name="verdict"/>.</summary>
    public int Count(Verdict verdict) => Cells.Count(c => c.Verdict == verdict);

    /// <summary>Geometric mean of the ratios of <paramref name="cells"/>; NaN when empty.</summary>
    public static double GeometricMean(IEnumerable<CellComparison> cells)
    {
        var logs = cells.Select(c => Math.Log(c.Ratio)).ToList();
        return logs.Count == 0 ? double.NaN : Math.Exp(logs.Average());
    }

    private static List<string> Missing(SideSamples from, SideSamples other)
        => [.. from.Cells.Where(c => !other.Cells.Contains(c)).Order(StringComparer.Ordinal)];
}
