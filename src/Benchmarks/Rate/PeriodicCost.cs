using Lab.Maps;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// The periodic costs of the maps a rate run measures, which a cell's warm-up waits for: <c>layered</c>
/// compacts its override into a new frozen base once the override holds more than
/// <see cref="LayeredCompactionPolicy.DefaultMinOverrideEntries"/> and more than
/// <see cref="LayeredCompactionPolicy.DefaultMaxOverrideFraction"/> x size distinct keys. A rate cell's writer
/// updates uniformly drawn existing keys, so k distinct keys take about -size x ln(1 - k / size) writes
/// (3,176 at 100K entries, 319 at 10K, 34 at 1K; more where some writes stamp the sentinel). The events themselves are read from the map's
/// <see cref="IMapCostCounters"/> (compactions) where it keeps them.
/// </summary>
internal static class PeriodicCost
{
    /// <summary>The catalog id of the map with a periodic compaction.</summary>
    public const string LayeredId = "layered";

    /// <summary>
    /// Expected writes until the map's first periodic cost at <paramref name="rate"/>; null when the lab knows of
    /// none. Only the writes that do not stamp the sentinel (<see cref="SentinelWriter.StampInterval"/>) spread
    /// over the keys, so the count is the uniform writes needed times k / (k - 1) for a stamp every k writes.
    /// </summary>
    public static long? WritesUntilFirst(string map, int size, WriteRate rate)
    {
        if (map != LayeredId || size <= 0)
        {
            return null;
        }

        var distinct = Math.Max(LayeredCompactionPolicy.DefaultMinOverrideEntries, (int)Math.Floor(LayeredCompactionPolicy.DefaultMaxOverrideFraction * size)) + 1;
        var uniform = distinct >= size ? size : -size * Math.Log(1 - ((double)distinct / size));
        var stampEvery = SentinelWriter.StampInterval(rate);
        return (long)Math.Ceiling(uniform * stampEvery / (stampEvery - 1));
    }

    /// <summary>The periodic events the map has counted so far (compactions); 0 for a map without counters.</summary>
    public static long EventsSoFar(IConcurrentMap<int, int> map)
        => map is IMapCostCounters counters ? counters.ReadCounters().Compactions : 0;
}
