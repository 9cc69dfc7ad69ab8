namespace Lab.Results;

/// <summary>One row of measurements.csv: one measured workload iteration of one cell (results/README.md).</summary>
public sealed record MeasurementRow
{
    /// <summary>The cell.</summary>
    public CellId Cell { get; init; }

    /// <summary>Reads in percent: every matrix row, no other.</summary>
    public int? ReadPercent { get; init; }

    /// <summary>Process launch index, 1-based.</summary>
    public int Launch { get; init; }

    /// <summary>Iteration index within the launch, 1-based.</summary>
    public int Iteration { get; init; }

    /// <summary>That iteration's nanoseconds per operation; positive.</summary>
    public double NsPerOp { get; init; }

    private static readonly ColumnFactory<MeasurementRow> c = new();

    /// <summary>The file and its columns in contract order.</summary>
    public static CsvTable<MeasurementRow> Table { get; } = new(ResultFiles.Measurements, () => new MeasurementRow(),
    [
        .. CellColumns.For<MeasurementRow>(r => r.Cell, (r, v) => r with { Cell = v }, r => r.ReadPercent, (r, v) => r with { ReadPercent = v }),
        c.WholeNumber("launch", r => r.Launch, (r, v) => r with { Launch = v }),
        c.WholeNumber("iteration", r => r.Iteration, (r, v) => r with { Iteration = v }),
        c.Number("ns_per_op", r => r.NsPerOp, (r, v) => r with { NsPerOp = v }),
    ]);

    /// <summary>
    /// Reads measurements.csv strictly: every field valid by the contract, the cell identity consistent
    /// (<see cref="CellColumns.Check"/>, maps by <paramref name="maps"/>), positive launch, iteration and
    /// ns/op, no (cell, launch, iteration) twice. Rows come back in file order.
    /// </summary>
    public static IReadOnlyList<MeasurementRow> Read(string path, MapRule? maps = null)
    {
        var seen = new HashSet<(CellId, int, int)>();
        return Table.ReadFile(path, (row, record) =>
        {
            CellColumns.Check(row.Cell, row.ReadPercent, record, maps);
            CheckIteration(row, record, seen);
        });
    }

    /// <summary>
    /// Reads only the columns a comparison of two runs needs, <c>cell, launch, iteration, ns_per_op</c>, ignoring
    /// any other: the reader of a run made by another commit, whose other columns (and map ids) this contract
    /// may not know. The cell is kept as its text; the same checks of launch, iteration and ns/op.
    /// </summary>
    public static IReadOnlyList<(string Cell, int Launch, int Iteration, double NsPerOp)> ReadIterations(string path)
    {
        var rows = new List<(string, int, int, double)>();
        var seen = new HashSet<(string, int, int)>();
        Table.ReadColumns(path, ["launch", "iteration", "ns_per_op"], (row, record) =>
        {
            var cell = record.Text("cell");
            CheckValues(row, record);
            if (!seen.Add((cell, row.Launch, row.Iteration)))
            {
                throw record.Error("iteration", $"cell '{cell}' launch {row.Launch} iteration {row.Iteration} appears twice");
            }

            rows.Add((cell, row.Launch, row.Iteration, row.NsPerOp));
        }, rawColumns: ["cell"]);
        return rows;
    }

    /// <summary>Each cell's iteration times keyed by cell, ordered by launch then iteration.</summary>
    public static IReadOnlyDictionary<CellId, IReadOnlyList<double>> GroupByCell(IEnumerable<MeasurementRow> rows)
        => rows
            .GroupBy(row => row.Cell)
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyList<double>)[.. group.OrderBy(m => m.Launch).ThenBy(m => m.Iteration).Select(m => m.NsPerOp)]);

    private static void CheckIteration(MeasurementRow row, CsvRecord record, HashSet<(CellId, int, int)> seen)
    {
        CheckValues(row, record);
        if (!seen.Add((row.Cell, row.Launch, row.Iteration)))
        {
            throw record.Error("iteration", $"cell '{row.Cell}' launch {row.Launch} iteration {row.Iteration} appears twice");
        }
    }

    private static void CheckValues(MeasurementRow row, CsvRecord record)
    {
        if (row.Launch <= 0)
        {
            throw record.Error("launch", $"{row.Launch} is not a 1-based launch index");
        }

        if (row.Iteration <= 0)
        {
            throw record.Error("iteration", $"{row.Iteration} is not a 1-based iteration index");
        }

        if (row.NsPerOp <= 0)
        {
            throw record.Error("ns_per_op", "must be positive");
        }
    }
}
