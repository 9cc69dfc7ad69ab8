using System.Globalization;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// The order in which one child process measures the maps of its cell group: a Fisher-Yates shuffle seeded
/// from the replicate and the group (FNV-1a over <c>replicate/size/readers/gc</c>, then <see cref="Random(int)"/>,
/// whose seeded sequence is fixed), so a run is reproducible, each replicate of a group sees another order,
/// and drift over a process's lifetime falls on every map alike.
/// </summary>
internal static class MapOrder
{
    /// <summary>The maps shuffled for <paramref name="replicate"/> of the group (size, readers, GC mode).</summary>
    public static IReadOnlyList<string> Shuffle(IReadOnlyList<string> maps, int replicate, int size, int readers, string gc)
    {
        var order = maps.ToArray();
        var random = new Random(Seed(string.Create(CultureInfo.InvariantCulture, $"{replicate}/{size}/{readers}/{gc}")));
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    private static int Seed(string text)
    {
        var hash = 2166136261u;
        foreach (var character in text)
        {
            hash = unchecked((hash ^ character) * 16777619u);
        }

        return unchecked((int)hash);
    }
}
