using System.Collections.Immutable;
using ImTools;
using Lab.Benchmarks.Scenarios.Targets.References;
using Lab.Maps;
using LanguageExt;

namespace Lab.Benchmarks.Scenarios.Targets;

/// <summary>
/// Enumeration and bulk build of each persistent map and its baselines through the map's own
/// concrete type (its struct enumerator and bulk-create path where it has them), not through the
/// lab's map interface: what a user of that library would write.
/// </summary>
internal static class BulkOperations
{
    /// <summary>A delegate enumerating a map of <paramref name="pairs"/> once, returning a sum of its entries.</summary>
    public static Func<long> Enumeration(string mapId, KeyValuePair<int, int>[] pairs)
    {
        switch (mapId)
        {
            case "dictionary":
                var dictionary = new Dictionary<int, int>(pairs);
                return () =>
                {
                    var sum = 0L;
                    foreach (var pair in dictionary)
                    {
                        sum += pair.Key ^ pair.Value;
                    }

                    return sum;
                };
            case "hamt":
                var hamt = PersistentHashDictionary<int, int>.Create(pairs);
                return () =>
                {
                    var sum = 0L;
                    foreach (var pair in hamt)
                    {
                        sum += pair.Key ^ pair.Value;
                    }

                    return sum;
                };
            case "immutable":
                var immutable = ImmutableDictionary.CreateRange(pairs);
                return () =>
                {
                    var sum = 0L;
                    foreach (var pair in immutable)
                    {
                        sum += pair.Key ^ pair.Value;
                    }

                    return sum;
                };
            case ReferenceMaps.LanguageExt:
                var hashMap = Prelude.toHashMap(pairs);
                return () =>
                {
                    var sum = 0L;
                    foreach (var (key, value) in hashMap)
                    {
                        sum += key ^ value;
                    }

                    return sum;
                };
            case ReferenceMaps.ImTools:
                var imHashMap = BuildImHashMap(pairs);
                return () =>
                {
                    var sum = 0L;
                    foreach (var entry in imHashMap.Enumerate())
                    {
                        sum += entry.Key ^ entry.Value;
                    }

                    return sum;
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(mapId), mapId, "No enumeration target for this map.");
        }
    }

    /// <summary>A delegate building a map of <paramref name="pairs"/> once, returning its count.</summary>
    public static Func<long> Creation(string mapId, KeyValuePair<int, int>[] pairs) => mapId switch
    {
        "dictionary" => () => new Dictionary<int, int>(pairs).Count,
        "hamt" => () => PersistentHashDictionary<int, int>.Create(pairs).Count,
        "immutable" => () => ImmutableDictionary.CreateRange(pairs).Count,
        ReferenceMaps.LanguageExt => () => Prelude.toHashMap(pairs).Count,
        ReferenceMaps.ImTools => () => BuildImHashMap(pairs).IsEmpty ? 0 : pairs.Length,
        _ => throw new ArgumentOutOfRangeException(nameof(mapId), mapId, "No create target for this map."),
    };

    // ImTools has no bulk builder: a user adds the pairs one by one.
    private static ImHashMap<int, int> BuildImHashMap(KeyValuePair<int, int>[] pairs)
    {
        var map = ImHashMap<int, int>.Empty;
        foreach (var pair in pairs)
        {
            map = map.AddOrUpdate(pair.Key, pair.Value);
        }

        return map;
    }
}
