namespace Lab.Results;

/// <summary>
/// One row of verdicts.csv: the judgment of one cell of a comparison of two builds or two maps
/// (results/README.md). A bound the samples cannot reach at the cell's level is null (written empty).
/// </summary>
public sealed record VerdictRow
{
    /// <summary>The compared cell (a cell id, or <c>a vs b</c> for two maps).</summary>
    public string Cell { get; init; } = "";

    /// <summary><c>Slower</c>, <c>Faster</c>, <c>Same</c> or <c>Inconclusive</c>.</summary>
    public string Verdict { get; init; } = "";

    /// <summary><c>paired</c>, <c>launches</c> or <c>in-process</c>.</summary>
    public string Mode { get; init; } = "";

    /// <summary>Diff / base; above 1 is slower.</summary>
    public double Ratio { get; init; }

    /// <summary>Lower bound of the ratio at <see cref="Confidence"/>.</summary>
    public double? RatioLower { get; init; }

    /// <summary>Upper bound of the ratio at <see cref="Confidence"/>.</summary>
    public double? RatioUpper { get; init; }

    /// <summary>Geometric half-width of the interval.</summary>
    public double? Width { get; init; }

    /// <summary>1 - the cell's Holm level.</summary>
    public double Confidence { get; init; }

    /// <summary>The smallest change reported as Slower or Faster.</summary>
    public double Threshold { get; init; }

    /// <summary>The equivalence margin of Same.</summary>
    public double Margin { get; init; }

    /// <summary>Lower bound of the equivalence interval.</summary>
    public double? SameLower { get; init; }

    /// <summary>Upper bound of the equivalence interval.</summary>
    public double? SameUpper { get; init; }

    /// <summary>Median of the base launch medians.</summary>
    public double? BaseMedianNs { get; init; }

    /// <summary>Median of the diff launch medians.</summary>
    public double? DiffMedianNs { get; init; }

    /// <summary>Base launches (or processes) over all rounds.</summary>
    public int BaseLaunches { get; init; }

    /// <summary>Diff launches (or processes) over all rounds.</summary>
    public int DiffLaunches { get; init; }

    /// <summary>Base iterations over all rounds.</summary>
    public int BaseIterations { get; init; }

    /// <summary>Diff iterations over all rounds.</summary>
    public int DiffIterations { get; init; }

    /// <summary>Relative spread of the base launch medians.</summary>
    public double? BaseRelSpread { get; init; }

    /// <summary>Relative spread of the diff launch medians.</summary>
    public double? DiffRelSpread { get; init; }

    /// <summary>Why a cell is Inconclusive without an interval; may be empty.</summary>
    public string Note { get; init; } = "";

    private static readonly ColumnFactory<VerdictRow> c = new();

    /// <summary>The file and its columns in contract order.</summary>
    public static CsvTable<VerdictRow> Table { get; } = new(ResultFiles.Verdicts, () => new VerdictRow(),
    [
        c.Text("cell", r => r.Cell, (r, v) => r with { Cell = v }),
        c.Text("verdict", r => r.Verdict, (r, v) => r with { Verdict = v }),
        c.Text("mode", r => r.Mode, (r, v) => r with { Mode = v }),
        c.Number("ratio", r => r.Ratio, (r, v) => r with { Ratio = v }),
        c.OptionalNumber("ratio_lower", r => r.RatioLower, (r, v) => r with { RatioLower = v }),
        c.OptionalNumber("ratio_upper", r => r.RatioUpper, (r, v) => r with { RatioUpper = v }),
        c.OptionalNumber("width", r => r.Width, (r, v) => r with { Width = v }),
        c.Number("confidence", r => r.Confidence, (r, v) => r with { Confidence = v }),
        c.Number("threshold", r => r.Threshold, (r, v) => r with { Threshold = v }),
        c.Number("margin", r => r.Margin, (r, v) => r with { Margin = v }),
        c.OptionalNumber("same_lower", r => r.SameLower, (r, v) => r with { SameLower = v }),
        c.OptionalNumber("same_upper", r => r.SameUpper, (r, v) => r with { SameUpper = v }),
        c.OptionalNumber("base_median_ns", r => r.BaseMedianNs, (r, v) => r with { BaseMedianNs = v }),
        c.OptionalNumber("diff_median_ns", r => r.DiffMedianNs, (r, v) => r with { DiffMedianNs = v }),
        c.WholeNumber("base_launches", r => r.BaseLaunches, (r, v) => r with { BaseLaunches = v }),
        c.WholeNumber("diff_launches", r => r.DiffLaunches, (r, v) => r with { DiffLaunches = v }),
        c.WholeNumber("base_iterations", r => r.BaseIterations, (r, v) => r with { BaseIterations = v }),
        c.WholeNumber("diff_iterations", r => r.DiffIterations, (r, v) => r with { DiffIterations = v }),
        c.OptionalNumber("base_rel_spread", r => r.BaseRelSpread, (r, v) => r with { BaseRelSpread = v }),
        c.OptionalNumber("diff_rel_spread", r => r.DiffRelSpread, (r, v) => r with { DiffRelSpread = v }),
        c.RawText("note", r => r.Note, (r, v) => r with { Note = v }),
    ]);

    /// <summary>Reads verdicts.csv strictly; throws <see cref="ResultsFileException"/> naming file, line and column.</summary>
    public static IReadOnlyList<VerdictRow> Read(string path) => Table.ReadFile(path);
}
