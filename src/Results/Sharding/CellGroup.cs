using System.Globalization;

namespace Lab.Results;

/// <summary>
/// The unit a sharded run is partitioned by: every cell whose figures are compared with each other, so
/// every within-cell comparison is measured on one machine in one job. Keys (ordinal order is the
/// partition's tie-break, so it is the same on every machine):
/// <list type="bullet">
/// <item>matrix and other BenchmarkDotNet scenarios: the cell id without its map,
/// <c>scenario/mix/size/threads/keys</c> (e.g. <c>matrix/read90/10000/2/uniform</c>: every map of that cell, the
/// <c>noop</c> harness row included);</item>
/// <item>rate run: <c>rate/size/readers/gc_mode</c> (every map and every write rate of that size, reader count
/// and GC mode: the rate run's map set is compared across its write rates);</item>
/// <item>experiments run: <c>experiments/&lt;experiment&gt;</c>, the whole experiment. An experiment is one
/// in-process curriculum claim whose variants are compared along its own parameter (shards, batch size,
/// writers, time), measured as one unit with interleaved repetitions, so it is not split.</item>
/// </list>
/// </summary>
/// <param name="Key">The group's key, as above; the <c>cell_group</c> field of shard-plan.csv.</param>
public readonly record struct CellGroup(string Key) : IComparable<CellGroup>
{
    /// <summary>The first part of an experiments run's group key.</summary>
    public const string ExperimentsScenario = "experiments";

    /// <summary>The group of a BenchmarkDotNet cell (matrix, targets, ...): the cell without its map.</summary>
    public static CellGroup Of(CellId cell)
        => new(string.Create(CultureInfo.InvariantCulture, $"{cell.Scenario}/{cell.Mix}/{cell.Size}/{cell.Threads}/{cell.Keys}"));

    /// <summary>The group of a summary.csv row (<see cref="Of(CellId)"/>).</summary>
    public static CellGroup Of(SummaryRow row) => Of(row.Cell);

    /// <summary>The group of a measurements.csv row (<see cref="Of(CellId)"/>).</summary>
    public static CellGroup Of(MeasurementRow row) => Of(row.Cell);

    /// <summary>The group of a rate cell: its size, readers and GC mode (every map, every write rate).</summary>
    public static CellGroup Of(RateCellId cell)
        => new(string.Create(CultureInfo.InvariantCulture, $"{RateCellId.Scenario}/{cell.Size}/{cell.Readers}/{cell.GcMode}"));

    /// <summary>The group of a latency.csv row (<see cref="Of(RateCellId)"/>).</summary>
    public static CellGroup Of(LatencyRow row) => Of(row.Cell);

    /// <summary>The group of an experiments.csv row: its whole experiment.</summary>
    public static CellGroup Of(ExperimentRow row) => OfExperiment(row.Experiment);

    /// <summary>The group of the experiment named <paramref name="experiment"/> (<see cref="ExperimentNames"/>).</summary>
    public static CellGroup OfExperiment(string experiment) => new($"{ExperimentsScenario}/{experiment}");

    /// <summary>Ordinal order of the keys.</summary>
    public int CompareTo(CellGroup other) => string.CompareOrdinal(Key, other.Key);

    /// <summary>Ordinal order of the keys.</summary>
    public static bool operator <(CellGroup left, CellGroup right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order of the keys.</summary>
    public static bool operator <=(CellGroup left, CellGroup right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order of the keys.</summary>
    public static bool operator >(CellGroup left, CellGroup right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order of the keys.</summary>
    public static bool operator >=(CellGroup left, CellGroup right) => left.CompareTo(right) >= 0;

    /// <summary>The key.</summary>
    public override string ToString() => Key;
}
