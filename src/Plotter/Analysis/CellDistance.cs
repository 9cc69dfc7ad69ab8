namespace Lab.Plotter.Analysis;

/// <summary>
/// How far a measured cell is from the cell a user asked about: the sum of the absolute log-distances of
/// size, threads (readers) and write rate, the rate as ln(1 + writes/s) so rate 0 has a place on the scale.
/// Zero exactly when every coordinate matches; a factor of 10 in any one of them costs ln 10 ≈ 2.3.
/// </summary>
internal static class CellDistance
{
    /// <summary>The distance between (size, threads, rate) and the asked (size, threads, rate); a null rate is ignored on both sides.</summary>
    public static double Between(int size, int threads, double? writesPerSecond, int askedSize, int askedThreads, double? askedWritesPerSecond)
    {
        var distance = Math.Abs(Math.Log((double)size / askedSize)) + Math.Abs(Math.Log((double)threads / askedThreads));
        if (writesPerSecond is { } rate && askedWritesPerSecond is { } asked)
        {
            distance += Math.Abs(Math.Log((1 + rate) / (1 + asked)));
        }

        return distance;
    }

    /// <summary>
    /// The candidates at the smallest distance (every one of them: a size between two measured sizes may be
    /// equally near both), in the order given; empty when there are none.
    /// </summary>
    public static IReadOnlyList<T> Nearest<T>(IEnumerable<T> candidates, Func<T, double> distance)
    {
        var scored = candidates.Select(candidate => (Candidate: candidate, Distance: distance(candidate))).ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(item => item.Distance);
        return [.. scored.Where(item => item.Distance <= best + 1e-12).Select(item => item.Candidate)];
    }
}
