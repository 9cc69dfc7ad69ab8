namespace Lab.Plotter.Analysis;

/// <summary>
/// How well two rate runs agree on who beats whom: over the decisions both runs could make (the same group,
/// pair of maps and metric, measured in both), the ones either run calls confident, and of those the ones
/// the other run confidently calls the other way (a flip). A confident decision against a tie or an
/// undecided one is not a flip: the other run did not contradict it, it failed to confirm it.
/// </summary>
/// <param name="Compared">Decisions present in both runs.</param>
/// <param name="ConfidentInEither">Of those, confident in at least one run.</param>
/// <param name="ConfidentInBoth">Confident in both runs (agreeing or flipped).</param>
/// <param name="Flips">Confident in both, in opposite directions: run A's decision first, run B's second.</param>
/// <param name="OnlyInA">Decisions only run A could make (a cell run B lacks).</param>
/// <param name="OnlyInB">Decisions only run B could make.</param>
internal sealed record RateAgreement(
    int Compared,
    int ConfidentInEither,
    int ConfidentInBoth,
    IReadOnlyList<(RateDecision A, RateDecision B)> Flips,
    int OnlyInA,
    int OnlyInB)
{
    /// <summary>Flips as a share of the decisions confident in either run; 0 when there are none.</summary>
    public double FlipShare => ConfidentInEither == 0 ? 0 : (double)Flips.Count / ConfidentInEither;

    /// <summary>Compares the decisions of two runs' rows (<see cref="RateDecisions.Decide(IReadOnlyList{LatencyRow}, RateDecisionSettings?)"/>).</summary>
    public static RateAgreement Of(IReadOnlyList<LatencyRow> runA, IReadOnlyList<LatencyRow> runB, RateDecisionSettings? settings = null)
    {
        var a = RateDecisions.Decide(runA, settings).ToDictionary(decision => decision.Key);
        var b = RateDecisions.Decide(runB, settings).ToDictionary(decision => decision.Key);
        var compared = 0;
        var either = 0;
        var both = 0;
        var flips = new List<(RateDecision, RateDecision)>();
        foreach (var (key, inA) in a)
        {
            if (!b.TryGetValue(key, out var inB))
            {
                continue;
            }

            compared++;
            // Orient B's decision like A's (the same map first), so the verdicts compare directly.
            var oriented = inB.MapA == inA.MapA ? inB : inB.Flip();
            if (inA.Confident || oriented.Confident)
            {
                either++;
            }

            if (inA.Confident && oriented.Confident)
            {
                both++;
                if (inA.Verdict != oriented.Verdict)
                {
                    flips.Add((inA, oriented));
                }
            }
        }

        return new RateAgreement(compared, either, both, flips, a.Keys.Count(key => !b.ContainsKey(key)), b.Keys.Count(key => !a.ContainsKey(key)));
    }
}
