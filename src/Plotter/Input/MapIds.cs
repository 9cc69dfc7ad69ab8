using Lab.Maps;
using Lab.References;

namespace Lab.Plotter.Input;

/// <summary>
/// The map ids the plotter knows, in report order: every map the lab measures (<see cref="LabMaps.All"/>:
/// the catalog's order, then the reference rows such as <c>nonblocking</c>), then the targets-only persistent
/// maps of other libraries (<see cref="TargetsOnlyMaps"/>), then the harness-cost row
/// <c>noop</c>. Every list, legend and table uses this order; <see cref="Problem"/> and
/// <see cref="RateProblem"/> are the readers' map rules.
/// </summary>
internal static class MapIds
{
    /// <summary>
    /// Map ids of other libraries' persistent maps, measured only in the targets scenario beside the lab's
    /// HAMT (LanguageExt.Core's <c>HashMap</c>, ImTools' <c>ImHashMap</c>); not catalog designs.
    /// </summary>
    public static IReadOnlyList<string> TargetsOnlyMaps { get; } = ["languageext", "imtools"];

    public static IReadOnlyList<string> Ordered { get; } = [.. LabMaps.All.Select(entry => entry.Id), .. TargetsOnlyMaps, HarnessMap.Id];

    /// <summary>Position in <see cref="Ordered"/>; unknown ids (store variants) sort last, by name.</summary>
    public static int OrderOf(string id)
    {
        for (var i = 0; i < Ordered.Count; i++)
        {
            if (Ordered[i] == id)
            {
                return i;
            }
        }

        return Ordered.Count;
    }

    public static IEnumerable<string> Sort(IEnumerable<string> ids)
        => ids.Distinct(StringComparer.Ordinal).OrderBy(OrderOf).ThenBy(id => id, StringComparer.Ordinal);

    /// <summary>A map a user could pick for shared use: a thread-safe catalog entry or reference row (not <c>noop</c>, not the unsynchronized baseline).</summary>
    public static bool IsRecommendable(string id) => LabMaps.ThreadSafe.Any(entry => entry.Id == id);

    public static string DisplayName(string id) => id switch
    {
        HarnessMap.Id => "no-op map (harness cost)",
        "languageext" => "LanguageExt.Core HashMap (reference, CHAMP)",
        "imtools" => "ImTools ImHashMap (reference)",
        _ => LabMaps.All.FirstOrDefault(entry => entry.Id == id)?.DisplayName ?? id,
    };

    /// <summary>
    /// The map rule of summary.csv and measurements.csv: in the plotted scenarios a <see cref="LabMaps"/> id, <c>noop</c>
    /// or (in targets only) a targets-only persistent map; any map elsewhere (store variants, sizing methods).
    /// </summary>
    public static string? Problem(string scenario, string map)
    {
        var isReference = TargetsOnlyMaps.Contains(map);
        if (ScenarioNames.Plotted.Contains(scenario) && map != HarnessMap.Id && !isReference && LabMaps.All.All(entry => entry.Id != map))
        {
            return $"unknown map id '{map}'; expected a catalog or reference id, a targets-only map ({string.Join(", ", TargetsOnlyMaps)}) or '{HarnessMap.Id}'";
        }

        return isReference && scenario != ScenarioNames.Targets
            ? $"reference map '{map}' appears in scenario '{scenario}'; reference maps are measured only in '{ScenarioNames.Targets}'"
            : null;
    }

    /// <summary>The map rule of latency.csv: a map the plotter orders (not the unsynchronized <c>dictionary</c>).</summary>
    public static string? RateProblem(string scenario, string map)
        => OrderOf(map) >= Ordered.Count || map == MapCatalog.Get(MapKind.Dictionary).Id ? $"'{map}' is not a thread-safe catalog or reference id, or noop" : null;
}
