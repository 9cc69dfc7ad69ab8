namespace Lab.Plotter.Data;

/// <summary>
/// Reads measurements.csv: every measured workload iteration of every cell (the contract in
/// results/README.md: the cell-identity columns, then <c>launch</c>, <c>iteration</c>, <c>ns_per_op</c>).
/// <para>
/// Shared by the plotter (ties in the winner judgement) and the regression comparison (which compares
/// two runs cell by cell). Use <see cref="Read"/> for the rows in file order, or <see cref="ReadByCell"/>
/// for each cell's iteration times keyed by <see cref="CellKey.Id"/>, ordered by launch then iteration.
/// </para>
/// <para>
/// Guarantees: every returned value is valid by the contract (known scenario, catalog map id or
/// <c>noop</c>, positive size/threads/launch/iteration, finite positive ns/op, a <c>cell</c> that matches
/// its columns, no (cell, launch, iteration) twice). Anything else throws <see cref="CsvDataException"/>
/// naming the file, the 1-based line and the column; a missing or empty file or a header with a missing
/// or unknown column throws too. Nothing is returned partially.
/// </para>
/// </summary>
internal static class MeasurementsReader
{
    public const string FileName = "measurements.csv";

    public static IReadOnlyList<string> Columns { get; } = [.. CellKey.Columns, "launch", "iteration", "ns_per_op"];

    public static IReadOnlyList<Measurement> Read(string path)
    {
        var seen = new HashSet<(string Cell, int Launch, int Iteration)>();
        return CsvTableReader.Read(path, Columns, record =>
        {
            var measurement = ReadRow(record);
            return seen.Add((measurement.Cell.Id, measurement.Launch, measurement.Iteration))
                ? measurement
                : throw record.Error("iteration", $"cell '{measurement.Cell.Id}' launch {measurement.Launch} iteration {measurement.Iteration} appears twice");
        });
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<double>> ReadByCell(string path) => GroupByCell(Read(path));

    public static IReadOnlyDictionary<string, IReadOnlyList<double>> GroupByCell(IEnumerable<Measurement> measurements)
        => measurements
            .GroupBy(measurement => measurement.Cell.Id, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyList<double>)[.. group.OrderBy(m => m.Launch).ThenBy(m => m.Iteration).Select(m => m.NsPerOp)],
                StringComparer.Ordinal);

    private static Measurement ReadRow(CsvRecord record)
    {
        var cell = CellKey.Read(record);
        var launch = record.Int("launch");
        var iteration = record.Int("iteration");
        var nsPerOp = record.Double("ns_per_op");
        if (launch <= 0)
        {
            throw record.Error("launch", $"{launch} is not a 1-based launch index");
        }

        if (iteration <= 0)
        {
            throw record.Error("iteration", $"{iteration} is not a 1-based iteration index");
        }

        return nsPerOp > 0 ? new Measurement(cell, launch, iteration, nsPerOp) : throw record.Error("ns_per_op", "must be positive");
    }
}
