namespace Lab.Plotter.Analysis;

/// <summary>
/// The rate half of the decision page, from <see cref="RateDecisions.Winners"/> (the one judge of rate
/// runs): per size × readers × write rate × GC mode, the winner by median reader throughput over the
/// replicates, the runner-up, the winner's advantage (median of the per-replicate ratios, its
/// order-statistic interval and that interval's exact coverage) and the judge's verdict; the maps the
/// judge ties with the winner are the tied maps. Nothing is judged here.
/// </summary>
internal static class RateAnswers
{
    /// <summary>Every group of <paramref name="results"/> with at least one real (not <c>noop</c>) map, in the judge's order (GC, size, readers, rate).</summary>
    public static IReadOnlyList<RateAnswer> From(RateResults results)
        => [.. RateDecisions.Winners(results.Rows).Select(group => Of(group, results.Rows))];

    private static RateAnswer Of(RateGroupResult group, IReadOnlyList<LatencyRow> rows)
    {
        var key = group.Group;
        var winnerRows = rows.Where(row => RateGroupKey.Of(row) == key && row.Map == group.Winner).ToList();
        var advantage = group.Margin?.Advantage;
        var verdict = group.RunnerUp is null ? DecisionVerdict.Only
            : group.Margin?.Verdict switch
            {
                RateVerdict.AFaster => DecisionVerdict.Faster,
                RateVerdict.Tie => DecisionVerdict.Tie,
                _ => DecisionVerdict.Undecided,
            };
        var decision = new Decision(
            group.Winner,
            group.RunnerUp,
            advantage?.Median,
            advantage is { Count: > 1 } ? advantage.Lower : 0,
            advantage is { Count: > 1 } ? advantage.Upper : double.PositiveInfinity,
            advantage is { Count: > 1 } ? advantage.Coverage : 0,
            verdict,
            verdict == DecisionVerdict.Tie ? [.. MapIds.Sort(group.TiedWithWinner)] : []);
        bool? rateMet = winnerRows.All(row => row.RateMet is null) ? null : winnerRows.All(row => row.RateMet is not false);
        var p999 = ReplicateRatio.Of([.. winnerRows.Select(row => (double)Math.Max(row.ReaderP999Ns, 1))]).Median;
        return new RateAnswer(key.Size, key.Readers, key.WriteRate, winnerRows[0].TargetWritesPerSecond, key.GcMode, decision, rateMet, p999, winnerRows.Count);
    }
}
