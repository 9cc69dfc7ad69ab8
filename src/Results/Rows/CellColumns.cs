using System.Globalization;

namespace Lab.Results;

/// <summary>
/// The cell-identity columns shared by summary.csv and measurements.csv (<c>cell, scenario, map, mix,
/// read_pct, size, threads, keys</c>) and the rules between them.
/// </summary>
public static class CellColumns
{
    /// <summary>The identity columns, in contract order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["cell", "scenario", "map", "mix", "read_pct", "size", "threads", "keys"];

    /// <summary>The identity columns of a row type whose cell is <paramref name="cell"/> and read share <paramref name="readPercent"/>.</summary>
    public static IReadOnlyList<Column<TRow>> For<TRow>(
        Func<TRow, CellId> cell,
        Func<TRow, CellId, TRow> withCell,
        Func<TRow, int?> readPercent,
        Func<TRow, int?, TRow> withReadPercent)
    {
        var c = new ColumnFactory<TRow>();
        return
        [
            c.Custom("cell", row => cell(row).ToString(), (row, record) => withCell(row, Parse(record))),
            c.Text("scenario", row => cell(row).Scenario, (row, v) => withCell(row, cell(row) with { Scenario = v })),
            c.Text("map", row => cell(row).Map, (row, v) => withCell(row, cell(row) with { Map = v })),
            c.Text("mix", row => cell(row).Mix, (row, v) => withCell(row, cell(row) with { Mix = v })),
            c.OptionalWholeNumber("read_pct", readPercent, withReadPercent),
            c.OptionalWholeNumber("size", row => cell(row).Size, (row, v) => withCell(row, cell(row) with { Size = v })),
            c.WholeNumber("threads", row => cell(row).Threads, (row, v) => withCell(row, cell(row) with { Threads = v })),
            c.Text("keys", row => cell(row).Keys, (row, v) => withCell(row, cell(row) with { Keys = v })),
        ];
    }

    /// <summary>
    /// Checks the identity of a strictly read row: a lowercase scenario id, a map <paramref name="maps"/>
    /// accepts, a read share in every matrix cell and only there, matching the mix, a positive size in the
    /// plotted scenarios (optional elsewhere: the store benchmarks have none), positive threads, a known key
    /// distribution, and a <c>cell</c> equal to the other columns joined.
    /// </summary>
    public static void Check(CellId cell, int? readPercent, CsvRecord record, MapRule? maps)
    {
        var scenario = cell.Scenario;
        if (!ScenarioNames.IsValidId(scenario))
        {
            throw record.Error("scenario", $"'{scenario}' is not a scenario id; expected one of {string.Join(", ", ScenarioNames.All)} or another lowercase benchmark family");
        }

        if (maps?.Invoke(scenario, cell.Map) is { } problem)
        {
            throw record.Error("map", problem);
        }

        if (readPercent is < 0 or > 100)
        {
            throw record.Error("read_pct", $"{readPercent} is not a percentage");
        }

        if (scenario == ScenarioNames.Matrix ? !MatrixMixes.IsValid(cell.Mix, readPercent) : readPercent is not null)
        {
            throw record.Error("read_pct", scenario == ScenarioNames.Matrix
                ? $"{Describe(readPercent)} does not match mix '{cell.Mix}' (expected mix 'readNN' with read_pct NN, or '{MatrixMixes.Churn}' with a read share)"
                : $"{readPercent} is set, but only matrix cells have a read share (scenario '{scenario}')");
        }

        if (cell.Size is null && ScenarioNames.Plotted.Contains(scenario))
        {
            throw record.Error("size", "is empty; an integer is required");
        }

        if (cell.Size <= 0)
        {
            throw record.Error("size", $"{cell.Size} is not a positive entry count");
        }

        if (cell.Threads <= 0)
        {
            throw record.Error("threads", $"{cell.Threads} is not a positive thread count");
        }

        if (!KeyDistributions.All.Contains(cell.Keys))
        {
            throw record.Error("keys", $"unknown key distribution '{cell.Keys}'; expected one of {string.Join(", ", KeyDistributions.All)}");
        }

        var id = record.Text("cell");
        if (id != cell.ToString())
        {
            throw record.Error("cell", $"'{id}' does not match the other columns ('{cell}')");
        }
    }

    private static CellId Parse(CsvRecord record)
    {
        var text = record.Text("cell");
        return CellId.TryParse(text, out var cell) ? cell : throw record.Error("cell", $"'{text}' is not a cell id ({CellId.Shape})");
    }

    private static string Describe(int? readPercent) => readPercent is { } percent ? percent.ToString(CultureInfo.InvariantCulture) : "an empty read_pct";
}
