using Lab.Benchmarks.Harness;
using Lab.Maps;

namespace Lab.Benchmarks.Scenarios;

/// <summary>
/// Makes the map a cell measures, prefilled before timing. Every map gets the same comparer
/// (the key type's default), so no design wins by a different hasher.
/// </summary>
internal static class MapFactory
{
    public static IConcurrentMap<TKey, int> Create<TKey>(string mapId, TKey[] keys)
        where TKey : notnull
        => mapId == NoopMap<TKey, int>.Id
            ? new NoopMap<TKey, int>()
            : MapCatalog.Get(mapId).Create(EqualityComparer<TKey>.Default, Workloads.KeySets.Prefill(keys));
}
