using Lab.Benchmarks.Harness;
using Lab.Benchmarks.Scenarios.Targets.References;
using Lab.Maps;
using Lab.References;

namespace Lab.Benchmarks.Scenarios;

/// <summary>
/// Makes the map a cell measures, prefilled before timing. Every map gets the same comparer
/// (the key type's default), so no design wins by a different hasher. Reference maps of other
/// libraries (<see cref="ReferenceMaps"/>) exist for integer keys only.
/// </summary>
internal static class MapFactory
{
    public static IConcurrentMap<TKey, int> Create<TKey>(string mapId, TKey[] keys)
        where TKey : notnull
        => mapId == NoopMap<TKey, int>.Id
            ? new NoopMap<TKey, int>()
            : ReferenceMaps.IsReference(mapId)
            ? (IConcurrentMap<TKey, int>)ReferenceMaps.Create(mapId, keys as int[] ?? throw new ArgumentException($"The reference map '{mapId}' takes integer keys only.", nameof(keys)))
            : LabMaps.Get(mapId).Create(EqualityComparer<TKey>.Default, Workloads.KeySets.Prefill(keys));
}
