using Lab.Maps;

namespace Lab.Plotter.Data;

/// <summary>
/// The identity of one benchmark cell, shared by summary.csv and measurements.csv. <see cref="Id"/>
/// is the contract's <c>cell</c> value: <c>scenario/map/mix/size/threads/keys</c>.
/// </summary>
internal sealed record CellKey(string Scenario, string Map, string Mix, int? ReadPercent, int Size, int Threads, string Keys)
{
    /// <summary>The cell-identity columns, in contract order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["cell", "scenario", "map", "mix", "read_pct", "size", "threads", "keys"];

    public string Id => $"{Scenario}/{Map}/{Mix}/{Size}/{Threads}/{Keys}";

    /// <summary>
    /// Reads and cross-checks the identity columns: known scenario and key distribution, a catalog map id
    /// (or <c>noop</c>, or in the targets scenario a reference map) outside the store scenario, a read share only in the matrix and matching a
    /// <c>readNN</c> mix, positive size and threads, and a <c>cell</c> equal to the other columns joined.
    /// </summary>
    public static CellKey Read(CsvRecord record)
    {
        var scenario = record.Text("scenario");
        if (!Scenarios.All.Contains(scenario))
        {
            throw record.Error("scenario", $"unknown scenario '{scenario}'; expected one of {string.Join(", ", Scenarios.All)}");
        }

        var map = record.Text("map");
        var isReference = Scenarios.ReferenceMaps.Contains(map);
        if (scenario != Scenarios.Store && map != Scenarios.NoopMap && !isReference && MapCatalog.All.All(entry => entry.Id != map))
        {
            throw record.Error("map", $"unknown map id '{map}'; expected a MapCatalog id, a reference map ({string.Join(", ", Scenarios.ReferenceMaps)}) or '{Scenarios.NoopMap}'");
        }

        if (isReference && scenario != Scenarios.Targets)
        {
            throw record.Error("map", $"reference map '{map}' appears in scenario '{scenario}'; reference maps are measured only in '{Scenarios.Targets}'");
        }

        var mix = record.Text("mix");
        var readPercent = record.OptionalInt("read_pct");
        if (readPercent is < 0 or > 100)
        {
            throw record.Error("read_pct", $"{readPercent} is not a percentage");
        }

        if (readPercent is not null && (scenario != Scenarios.Matrix || mix != $"read{readPercent}"))
        {
            throw record.Error("read_pct", $"{readPercent} does not match scenario '{scenario}' and mix '{mix}' (expected mix 'read{readPercent}' in the matrix)");
        }

        var size = record.Int("size");
        var threads = record.Int("threads");
        if (size <= 0)
        {
            throw record.Error("size", $"{size} is not a positive entry count");
        }

        if (threads <= 0)
        {
            throw record.Error("threads", $"{threads} is not a positive thread count");
        }

        var keys = record.Text("keys");
        if (!Scenarios.KeyDistributions.Contains(keys))
        {
            throw record.Error("keys", $"unknown key distribution '{keys}'; expected one of {string.Join(", ", Scenarios.KeyDistributions)}");
        }

        var cell = new CellKey(scenario, map, mix, readPercent, size, threads, keys);
        var id = record.Text("cell");
        return id == cell.Id ? cell : throw record.Error("cell", $"'{id}' does not match the other columns ('{cell.Id}')");
    }
}
