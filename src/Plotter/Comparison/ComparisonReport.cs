namespace Lab.Plotter.Comparison;

/// <summary>
/// The judgment of every cell common to both sides, worst first (highest ratio first, ties by cell
/// id so the order is stable), with what the summary and exit code need.
/// </summary>
internal sealed class ComparisonReport
{
    private ComparisonReport(
        SideSamples @base,
        SideSamples diff,
        JudgeSettings settings,
        IReadOnlyList<CellComparison> cells,
        IReadOnlyList<string> onlyInBase,
        IReadOnlyList<string> onlyInDiff)
    {
        Base = @base;
        Diff = diff;
        Settings = settings;
        Cells = cells;
        OnlyInBase = onlyInBase;
        OnlyInDiff = onlyInDiff;
    }

    public SideSamples Base { get; }

    public SideSamples Diff { get; }

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
        var cells = new CellJudge(settings).JudgeAll(common, @base, diff)
            .OrderByDescending(c => c.Ratio)
            .ThenBy(c => c.Cell, StringComparer.Ordinal)
            .ToList();
        return new ComparisonReport(
            @base,
            diff,
            settings,
            cells,
            Missing(@base, diff),
            Missing(diff, @base));
    }

    /// <summary>
    /// The fewest launches a side (n vs n, launch mode) with which every cell of this family could
    /// reach Holm's first level, alpha / cells.
    /// </summary>
    public int FewestLaunchesForAllCells => JudgeSettings.FewestLaunchesFor(Settings.Alpha / Cells.Count);

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
