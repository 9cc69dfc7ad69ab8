namespace Lab.Plotter.Analysis;

/// <summary>
/// The rate half of the decision page: per size × readers × write rate × GC mode, the map with the best
/// reader throughput and how it stands against the runner-up.
/// </summary>
internal static class RateAnswers
{
    /// <summary>Every cell of <paramref name="results"/> that has at least one real (not <c>noop</c>) map, in size, readers, rate, GC order.</summary>
    public static IReadOnlyList<RateAnswer> From(RateResults results)
    {
        var answers = new List<RateAnswer>();
        foreach (var size in results.Sizes)
        {
            foreach (var readers in results.ReaderCounts)
            {
                foreach (var rate in results.RateLabels)
                {
                    foreach (var gc in results.GcModes)
                    {
                        var ranked = results.Maps.Where(MapIds.IsRecommendable)
                            .Select(map => results.Find(map, size, readers, rate, gc))
                            .OfType<LatencyRow>()
                            .OrderByDescending(row => row.ReaderOpsPerSecond)
                            .ToList();
                        if (ranked.Count == 0)
                        {
                            continue;
                        }

                        var best = ranked[0];
                        var runnerUp = ranked.Count > 1 ? ranked[1] : null;
                        var decision = new Decision(
                            best.Map,
                            runnerUp?.Map,
                            runnerUp is null ? null : best.ReaderOpsPerSecond / runnerUp.ReaderOpsPerSecond,
                            0,
                            double.PositiveInfinity,
                            0,
                            runnerUp is null ? DecisionVerdict.Only : DecisionVerdict.Undecided,
                            []);
                        answers.Add(new RateAnswer(size, readers, rate, best.TargetWritesPerSecond, gc, decision, best.RateMet, best.ReaderP999Ns, 1));
                    }
                }
            }
        }

        return answers;
    }
}
