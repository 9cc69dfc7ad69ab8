namespace Lab.Plotter.Analysis;

/// <summary>
/// "Up to which write rate does each map keep its readers fast?" (issue 12): at one size, reader count
/// and GC mode, a map keeps its readers fast at a rate when its reader p99.9 is within
/// <see cref="TailFactor"/> times its own rate-0 p99.9, its reader throughput is within
/// <see cref="ThroughputShortfall"/> of the best map's at that rate, and its writer kept the rate
/// (<c>rate_met</c> not false). The answer is the highest rate up to which every measured rate passes.
/// </summary>
internal static class ReadersFastRule
{
    /// <summary>Allowed growth of the reader p99.9 over the map's own rate-0 value.</summary>
    public const double TailFactor = 2;

    /// <summary>Allowed shortfall of reader throughput below the best map's at the same rate.</summary>
    public const double ThroughputShortfall = 0.2;

    /// <summary>The snapshot designs the report compares against the references.</summary>
    public static IReadOnlyList<string> SnapshotDesigns { get; } = ["cow", "frozen", "hamt", "layered"];

    /// <summary>The reference designs.</summary>
    public static IReadOnlyList<string> References { get; } = ["concurrent", "rwlock"];

    /// <summary>Whether <paramref name="map"/> passes at <paramref name="rate"/>; <see langword="null"/> when a needed cell is missing.</summary>
    public static bool? Passes(RateResults results, string map, int size, int readers, string gc, string rate)
    {
        var row = results.Find(map, size, readers, rate, gc);
        var baseline = results.Find(map, size, readers, "0", gc);
        var best = BestThroughput(results, size, readers, gc, rate);
        if (row is null || baseline is null || best is null)
        {
            return null;
        }

        return row.ReaderP999Ns <= TailFactor * baseline.ReaderP999Ns
            && row.ReaderOpsPerSecond >= (1 - ThroughputShortfall) * best.Value
            && row.RateMet is not false;
    }

    /// <summary>
    /// The highest rate label up to which <paramref name="map"/> passes at every rate; "none" when it
    /// fails already at rate 0; <see langword="null"/> when the map has no rate-0 cell.
    /// </summary>
    public static string? KeepsFastUpTo(RateResults results, string map, int size, int readers, string gc)
    {
        string? last = null;
        foreach (var rate in results.RateLabels)
        {
            var passes = Passes(results, map, size, readers, gc, rate);
            if (passes is null)
            {
                if (rate == "0")
                {
                    return null;
                }

                continue;
            }

            if (passes is false)
            {
                return last ?? "none";
            }

            last = rate;
        }

        return last;
    }

    /// <summary>The best reader throughput among the real maps (not noop) at one cell position (each map's representative replicate).</summary>
    public static double? BestThroughput(RateResults results, int size, int readers, string gc, string rate)
    {
        var values = results.Representatives
            .Where(row => row.Map != HarnessMap.Id && row.Size == size && row.Readers == readers && row.GcMode == gc && row.WriteRate == rate)
            .Select(row => row.ReaderOpsPerSecond)
            .ToList();
        return values.Count == 0 ? null : values.Max();
    }

    /// <summary>
    /// Where <paramref name="design"/>'s reader throughput is ahead of or behind <paramref name="reference"/>'s,
    /// rate by rate, in words: "ahead up to 100, behind from 1000", "ahead at every rate", "ahead at 0, 10; behind at 1, 100".
    /// <see langword="null"/> when they share no rate.
    /// </summary>
    public static string? Crossing(RateResults results, string design, string reference, int size, int readers, string gc)
    {
        var signs = new List<(string Rate, bool Ahead)>();
        foreach (var rate in results.RateLabels)
        {
            if (results.Find(design, size, readers, rate, gc) is { } mine && results.Find(reference, size, readers, rate, gc) is { } theirs)
            {
                signs.Add((rate, mine.ReaderOpsPerSecond > theirs.ReaderOpsPerSecond));
            }
        }

        if (signs.Count == 0)
        {
            return null;
        }

        if (signs.All(s => s.Ahead))
        {
            return "ahead at every rate";
        }

        if (signs.All(s => !s.Ahead))
        {
            return "behind at every rate";
        }

        var changes = signs.Zip(signs.Skip(1)).Count(pair => pair.First.Ahead != pair.Second.Ahead);
        if (changes == 1)
        {
            var first = signs.TakeWhile(s => s.Ahead == signs[0].Ahead).Last();
            var next = signs[signs.IndexOf(first) + 1];
            return signs[0].Ahead
                ? $"ahead up to {first.Rate}, behind from {next.Rate}"
                : $"behind up to {first.Rate}, ahead from {next.Rate}";
        }

        return $"ahead at {string.Join(", ", signs.Where(s => s.Ahead).Select(s => s.Rate))}; behind at {string.Join(", ", signs.Where(s => !s.Ahead).Select(s => s.Rate))}";
    }
}
