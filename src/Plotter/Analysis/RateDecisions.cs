namespace Lab.Plotter.Analysis;

/// <summary>
/// "Who beats whom" in a rate run, from per-replicate ratios: for each group (size, readers, write rate,
/// GC mode) and each pair of maps (not <c>noop</c>), the ratio of the two maps' figures in each replicate
/// both were measured in (the same child process measured both), judged by <see cref="ReplicateRatio"/>.
/// </summary>
/// <remarks>
/// The rule, with margin m and the interval at the settings' confidence (75% for 3 replicates, min..max):
/// Tie when the whole interval lies inside [1 / (1 + m), 1 + m]; otherwise A faster when it lies above 1
/// (B faster below 1), which is then a confident decision; otherwise Undecided. A tie takes precedence
/// over a direction: an interval such as [1.02, 1.06] is a tie at m = 10%, not a win. An interval that does not
/// reach its confidence (fewer replicates than it needs, e.g. one) is neither a tie nor a win: Undecided.
/// </remarks>
internal static class RateDecisions
{
    /// <summary>Every pairwise decision of <paramref name="rows"/>, both metrics, map A before map B in report order.</summary>
    public static IReadOnlyList<RateDecision> Decide(IReadOnlyList<LatencyRow> rows, RateDecisionSettings? settings = null)
    {
        settings ??= RateDecisionSettings.Default;
        var decisions = new List<RateDecision>();
        foreach (var group in Groups(rows))
        {
            var maps = MapIds.Sort(group.Select(row => row.Map)).Where(map => map != HarnessMap.Id).ToList();
            for (var a = 0; a < maps.Count; a++)
            {
                for (var b = a + 1; b < maps.Count; b++)
                {
                    foreach (var metric in Enum.GetValues<RateMetric>())
                    {
                        if (Decide(group.Key, group.Where(row => row.Map == maps[a]), group.Where(row => row.Map == maps[b]), metric, settings) is { } decision)
                        {
                            decisions.Add(decision);
                        }
                    }
                }
            }
        }

        return decisions;
    }

    /// <summary>
    /// The decision of <paramref name="a"/>'s rows against <paramref name="b"/>'s (one map each, one group),
    /// paired by replicate; null when no replicate holds both or a figure is not positive.
    /// </summary>
    public static RateDecision? Decide(RateGroupKey group, IEnumerable<LatencyRow> a, IEnumerable<LatencyRow> b, RateMetric metric, RateDecisionSettings? settings = null)
    {
        settings ??= RateDecisionSettings.Default;
        var byReplicate = b.ToDictionary(row => row.Replicate);
        var pairs = a.Where(row => byReplicate.ContainsKey(row.Replicate)).Select(row => (A: row, B: byReplicate[row.Replicate])).ToList();
        var ratios = pairs.Select(pair => Advantage(pair.A, pair.B, metric)).ToList();
        if (ratios.Count == 0 || ratios.Any(ratio => !double.IsFinite(ratio) || ratio <= 0))
        {
            return null;
        }

        var advantage = ReplicateRatio.Of(ratios, settings.Confidence);
        var rows = pairs.SelectMany(pair => new[] { pair.A, pair.B }).ToList();
        bool? rateMet = rows.All(row => row.RateMet is null) ? null : rows.All(row => row.RateMet is not false);
        return new RateDecision(group, pairs[0].A.Map, pairs[0].B.Map, metric, advantage, Judge(advantage, settings), rateMet);
    }

    /// <summary>The verdict of an advantage by the rule above.</summary>
    public static RateVerdict Judge(ReplicateRatio advantage, RateDecisionSettings settings)
        => advantage.ReachesConfidence && advantage.WithinMargin(settings.Margin) ? RateVerdict.Tie
            : !advantage.ExcludesOne ? RateVerdict.Undecided
            : advantage.Lower > 1 ? RateVerdict.AFaster
            : RateVerdict.BFaster;

    /// <summary>
    /// Per group the winner (highest median reader throughput among maps whose writer kept its target in
    /// every replicate), the runner-up and the winner's throughput decisions against every other candidate.
    /// </summary>
    public static IReadOnlyList<RateGroupResult> Winners(IReadOnlyList<LatencyRow> rows, RateDecisionSettings? settings = null)
    {
        settings ??= RateDecisionSettings.Default;
        var results = new List<RateGroupResult>();
        foreach (var group in Groups(rows))
        {
            var byMap = group.Where(row => row.Map != HarnessMap.Id).GroupBy(row => row.Map).ToList();
            if (byMap.Count == 0)
            {
                continue;
            }

            var behind = byMap.Where(map => map.Any(row => row.RateMet is false)).Select(map => map.Key).ToHashSet(StringComparer.Ordinal);
            var candidates = byMap.Where(map => !behind.Contains(map.Key) || behind.Count == byMap.Count)
                .OrderByDescending(map => MedianThroughput(map))
                .ThenBy(map => MapIds.OrderOf(map.Key))
                .ToList();
            var winner = candidates[0];
            var against = candidates.Skip(1)
                .Select(other => Decide(group.Key, winner, other, RateMetric.ReaderThroughput, settings))
                .OfType<RateDecision>()
                .ToList();
            var notMet = behind.Count == byMap.Count ? [] : MapIds.Sort(behind).ToList();
            results.Add(new RateGroupResult(group.Key, winner.Key, candidates.Count > 1 ? candidates[1].Key : null, against.FirstOrDefault(d => d.MapB == (candidates.Count > 1 ? candidates[1].Key : null)), against, notMet));
        }

        return results;
    }

    /// <summary>The rows' groups in report order: GC mode, size, readers, rate ascending (max last).</summary>
    private static IEnumerable<IGrouping<RateGroupKey, LatencyRow>> Groups(IReadOnlyList<LatencyRow> rows)
        => rows.GroupBy(RateGroupKey.Of)
            .OrderBy(group => Array.IndexOf([.. GcModes.All], group.Key.GcMode))
            .ThenBy(group => group.Key.Size)
            .ThenBy(group => group.Key.Readers)
            .ThenBy(group => group.First().TargetWritesPerSecond ?? double.PositiveInfinity);

    private static double MedianThroughput(IEnumerable<LatencyRow> rows)
        => ReplicateRatio.Of([.. rows.Select(row => Math.Max(row.ReaderOpsPerSecond, double.Epsilon))]).Median;

    private static double Advantage(LatencyRow a, LatencyRow b, RateMetric metric) => metric switch
    {
        RateMetric.ReaderThroughput => a.ReaderOpsPerSecond / b.ReaderOpsPerSecond,
        RateMetric.ReaderP999 => (double)b.ReaderP999Ns / a.ReaderP999Ns,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}
