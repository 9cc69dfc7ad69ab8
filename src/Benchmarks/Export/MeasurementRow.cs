namespace Lab.Benchmarks.Export;

/// <summary>One row of measurements.csv: one measured iteration of one cell.</summary>
internal sealed record MeasurementRow
{
    public required string Cell { get; init; }
    public required string Scenario { get; init; }
    public required string Map { get; init; }
    public required string Mix { get; init; }
    public int? ReadPct { get; init; }
    public int? Size { get; init; }
    public int Threads { get; init; }
    public required string Keys { get; init; }
    public int Launch { get; init; }
    public int Iteration { get; init; }
    public double NsPerOp { get; init; }

    /// <summary>The columns in contract order.</summary>
    public static IReadOnlyList<CsvColumn<MeasurementRow>> Columns { get; } =
    [
        CsvColumn<MeasurementRow>.Text("cell", row => row.Cell),
        CsvColumn<MeasurementRow>.Text("scenario", row => row.Scenario),
        CsvColumn<MeasurementRow>.Text("map", row => row.Map),
        CsvColumn<MeasurementRow>.Text("mix", row => row.Mix),
        CsvColumn<MeasurementRow>.Integer("read_pct", row => row.ReadPct),
        CsvColumn<MeasurementRow>.Integer("size", row => row.Size),
        CsvColumn<MeasurementRow>.Integer("threads", row => row.Threads),
        CsvColumn<MeasurementRow>.Text("keys", row => row.Keys),
        CsvColumn<MeasurementRow>.Integer("launch", row => row.Launch),
        CsvColumn<MeasurementRow>.Integer("iteration", row => row.Iteration),
        CsvColumn<MeasurementRow>.Number("ns_per_op", row => row.NsPerOp),
    ];
}
