using Lab.Maps;

namespace Lab.Plotter.Data;

/// <summary>
/// The identity of one benchmark cell, shared by summary.csv and measurements.csv. <see cref="Id"/>
/// is the contract's <c>cell</c> value: <c>scenario/map/mix/size/threads/keys</c>.
/// </summary>
internal sealed record CellKey(string Scenario, string Map, string Mix, int? ReadPercent, int? Size, int Threads, string Keys)
{
    /// <summary>The cell-identity columns, in contract order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["cell", "scenario", "map", "mix", "read_pct", "size", "threads", "keys"];

    public string Id => $"{Scenario}/{Map}/{Mix}/{Size}/{Threads}/{Keys}";

    /// <summary>The size of a <c>matrix</c> or <c>targets</c> cell, which <see cref="Read"/> guarantees is present.</summary>
    public int PlottedSize => Size ?? throw new InvalidOperationException($"cell '{Id}' has no size");

    /// <summary>
    /// Reads and cross-checks the identity columns: a lowercase scenario id, a known key distribution, a
    /// catalog map id (or <c>noop</c>, or in the targets scenario a reference map) in the plotted scenarios
    /// (<see cref="Scenarios.Plotted"/>), a read share in every matrix cell and only there, matching the mix
    /// (<see cref="Mixes.IsValidMatrixMix"/>), a positive size in the plotted scenarios (optional elsewhere:
    /// the store benchmarks have none), positive threads, and a <c>cell</c> equal to the other columns joined.
    /// </summary>
    public static CellKey Read(CsvRecord record)
    {
        var scenario = record.Text("scenario");
        if (!Scenarios.IsValidId(scenario))
        {
            throw record.Error("scenario", $"'{scenario}' is not a scenario id; expected one of {string.Join(", ", Scenarios.All)} or another lowercase benchmark family");
        }

        var plotted = Scenarios.Plotted.Contains(scenario);
        var map = record.Text("map");
        var isReference = Scenarios.ReferenceMaps.Contains(map);
        if (plotted && map != Scenarios.NoopMap && !isReference && MapCatalog.All.All(entry => entry.Id != map))
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

        if (scenario == Scenarios.Matrix ? !Mixes.IsValidMatrixMix(mix, readPercent) : readPercent is not null)
        {
            throw record.Error("read_pct", scenario == Scenarios.Matrix
                ? $"{Describe(readPercent)} does not match mix '{mix}' (expected mix 'readNN' with read_pct NN, or '{Mixes.Churn}' with a read share)"
                : $"{readPercent} is set, but only matrix cells have a read share (scenario '{scenario}')");
        }

        var size = plotted ? record.Int("size") : record.OptionalInt("size");
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

    private static string Describe(int? readPercent) => readPercent is { } percent ? percent.ToString(System.Globalization.CultureInfo.InvariantCulture) : "an empty read_pct";
}
