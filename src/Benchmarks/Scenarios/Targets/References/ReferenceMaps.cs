using Lab.Maps;

namespace Lab.Benchmarks.Scenarios.Targets.References;

/// <summary>
/// Persistent maps from other libraries, measured beside the lab's HAMT in the <c>targets</c>
/// benchmarks only (they are not lab designs, so they stay out of the catalog and src/Implementations).
/// Their ids are CSV <c>map</c> values the plotter knows as reference rows: never rename one.
/// </summary>
internal static class ReferenceMaps
{
    /// <summary>LanguageExt.Core 4.4.9 <c>HashMap</c> (a CHAMP trie).</summary>
    public const string LanguageExt = "languageext";

    /// <summary>ImTools 4.0.0 <c>ImHashMap</c> (a balanced tree of hash entries).</summary>
    public const string ImTools = "imtools";

    public static IReadOnlyList<string> All { get; } = [LanguageExt, ImTools];

    public static bool IsReference(string mapId) => All.Contains(mapId);

    /// <summary>The reference map <paramref name="mapId"/> holding <paramref name="keys"/>, each mapped to its index.</summary>
    public static IConcurrentMap<int, int> Create(string mapId, int[] keys) => mapId switch
    {
        LanguageExt => new LanguageExtHashMapAdapter(Workloads.KeySets.Prefill(keys)),
        ImTools => new ImToolsHashMapAdapter(Workloads.KeySets.Prefill(keys)),
        _ => throw new ArgumentOutOfRangeException(nameof(mapId), mapId, "Not a reference map."),
    };
}
