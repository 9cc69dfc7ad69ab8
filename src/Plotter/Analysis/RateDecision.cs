namespace Lab.Plotter.Analysis;

/// <summary>
/// One pairwise decision of a rate run: map <paramref name="MapA"/> against <paramref name="MapB"/> on
/// <paramref name="Metric"/> in <paramref name="Group"/>, from the replicates measured for both.
/// </summary>
/// <param name="Group">The conditions.</param>
/// <param name="MapA">The first map.</param>
/// <param name="MapB">The second map.</param>
/// <param name="Metric">What is compared.</param>
/// <param name="Advantage">A's advantage over B per replicate (above 1 favours A, see <see cref="RateMetric"/>): median and interval.</param>
/// <param name="Verdict">The verdict by <see cref="RateDecisions"/>' rule.</param>
/// <param name="WriterRateMet">True when every replicate's writer kept its target for both maps, false when one fell behind, null without a target (rate 0 and max).</param>
internal sealed record RateDecision(
    RateGroupKey Group,
    string MapA,
    string MapB,
    RateMetric Metric,
    ReplicateRatio Advantage,
    RateVerdict Verdict,
    bool? WriterRateMet)
{
    /// <summary>A directional verdict (A faster or B faster) whose interval excludes 1 at its stated coverage; ties and undecided are never confident.</summary>
    public bool Confident => Verdict is RateVerdict.AFaster or RateVerdict.BFaster;

    /// <summary>Replicates measured for both maps.</summary>
    public int Replicates => Advantage.Count;

    /// <summary>The same decision seen from B: maps swapped, the advantage inverted, the verdict mirrored.</summary>
    public RateDecision Flip() => this with
    {
        MapA = MapB,
        MapB = MapA,
        Advantage = Advantage.Inverse(),
        Verdict = Verdict switch
        {
            RateVerdict.AFaster => RateVerdict.BFaster,
            RateVerdict.BFaster => RateVerdict.AFaster,
            var same => same,
        },
    };

    /// <summary>The key that identifies this decision across runs: group, the two maps in ordinal order, metric.</summary>
    public (RateGroupKey Group, string First, string Second, RateMetric Metric) Key
        => string.CompareOrdinal(MapA, MapB) <= 0 ? (Group, MapA, MapB, Metric) : (Group, MapB, MapA, Metric);
}
