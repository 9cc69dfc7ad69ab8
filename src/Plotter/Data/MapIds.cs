using Lab.Maps;

namespace Lab.Plotter.Data;

/// <summary>
/// The map ids the plotter knows, in report order: the catalog's order (<see cref="MapCatalog.All"/>),
/// then the reference maps of other libraries (<see cref="Scenarios.ReferenceMaps"/>), then the
/// harness-cost row <c>noop</c>. Every list, legend and table uses this order.
/// </summary>
internal static class MapIds
{
    public static IReadOnlyList<string> Ordered { get; } = [.. MapCatalog.All.Select(entry => entry.Id), .. Scenarios.ReferenceMaps, Scenarios.NoopMap];

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

    /// <summary>A map a user could pick for shared use: a thread-safe catalog entry (not <c>noop</c>, not the unsynchronized baseline).</summary>
    public static bool IsRecommendable(string id) => MapCatalog.ThreadSafe.Any(entry => entry.Id == id);

    public static string DisplayName(string id) => id switch
    {
        Scenarios.NoopMap => "no-op map (harness cost)",
        "languageext" => "LanguageExt.Core HashMap (reference, CHAMP)",
        "imtools" => "ImTools ImHashMap (reference)",
        _ => MapCatalog.All.FirstOrDefault(entry => entry.Id == id)?.DisplayName ?? id,
    };
}
