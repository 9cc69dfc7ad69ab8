namespace Lab.Results;

/// <summary>
/// One row of paired.csv: what one process of the in-process paired comparison (src/Paired) measured of one
/// cell (results/README.md). Processes are the replicates; a reader keys builds' rows by <see cref="Cell"/>
/// and two maps' rows by <c>a vs b</c> (<see cref="ComparedCell"/>).
/// </summary>
public sealed record PairedRow
{
    /// <summary>The side labels of a comparison of two builds.</summary>
    public const string BaseLabel = "base";

    /// <summary>The diff side's label.</summary>
    public const string DiffLabel = "diff";

    /// <summary>The cell (a template with <c>{map}</c> when two maps are compared).</summary>
    public string Cell { get; init; } = "";

    /// <summary><c>base</c>, or map a's cell id.</summary>
    public string A { get; init; } = "";

    /// <summary><c>diff</c>, or map b's cell id.</summary>
    public string B { get; init; } = "";

    /// <summary><c>a-first</c> or <c>b-first</c>; null in files before the column.</summary>
    public string? LoadOrder { get; init; }

    /// <summary>Measured pairs of slices; null in files before the column.</summary>
    public int? Pairs { get; init; }

    /// <summary>Invocations per slice; null in files before the column.</summary>
    public int? SliceInvocations { get; init; }

    /// <summary>Whether the JIT settled in the warm-up; null in files before the column.</summary>
    public bool? Settled { get; init; }

    /// <summary>The median over the process's pairs of log(t_b / t_a): above 0, b is slower.</summary>
    public double MedianLogRatio { get; init; }

    /// <summary>What was compared: the cell for two builds, <c>a vs b</c> for two maps.</summary>
    public string ComparedCell => A == BaseLabel ? Cell : $"{A} vs {B}";

    private static readonly ColumnFactory<PairedRow> c = new();

    /// <summary>The file and its columns in contract order.</summary>
    public static CsvTable<PairedRow> Table { get; } = new(ResultFiles.Paired, () => new PairedRow(),
    [
        c.Text("cell", r => r.Cell, (r, v) => r with { Cell = v }),
        c.Text("a", r => r.A, (r, v) => r with { A = v }),
        c.Text("b", r => r.B, (r, v) => r with { B = v }),
        c.OptionalText("load_order", r => r.LoadOrder, (r, v) => r with { LoadOrder = v }).Later(),
        c.OptionalWholeNumber("pairs", r => r.Pairs, (r, v) => r with { Pairs = v }).Later(),
        c.OptionalWholeNumber("slice_invocations", r => r.SliceInvocations, (r, v) => r with { SliceInvocations = v }).Later(),
        c.OptionalFlag("settled", r => r.Settled, (r, v) => r with { Settled = v }, "yes", "no").Later(),
        c.SignedNumber("median_log_ratio", r => r.MedianLogRatio, (r, v) => r with { MedianLogRatio = v }),
    ]);

    /// <summary>Reads paired.csv strictly (the columns added after the first files may be absent).</summary>
    public static IReadOnlyList<PairedRow> Read(string path) => Table.ReadFile(path);
}
