namespace Lab.Plotter.Analysis;

/// <summary>
/// The verdict rules of EXPERIMENTS.md, as pure functions of measured figures (unit-tested on
/// synthetic data). Each rule's text is printed beside its verdict.
/// </summary>
internal static class VerdictRules
{
    /// <summary>How far a measured factor may lie from the claimed one and still "hold": within 0.5x-2x.</summary>
    public const double FactorTolerance = 2;

    public const string FactorRule =
        "a claimed factor F holds if the measured ratio's whole range (its bounds) lies within F/2..2F, does not hold if the whole range lies outside, and holds with a caveat if the range straddles F/2 or 2F";

    /// <summary>Claimed factor <paramref name="expected"/> against a measured ratio with bounds.</summary>
    public static ClaimVerdict Factor(Figure? ratio, double expected)
        => Within(ratio, expected / FactorTolerance, expected * FactorTolerance);

    /// <summary>Holds if the figure and its bounds lie within [<paramref name="low"/>, <paramref name="high"/>], does not hold if its whole range lies outside, a caveat if the range straddles a boundary.</summary>
    public static ClaimVerdict Within(Figure? figure, double low, double high)
    {
        if (figure is null)
        {
            return ClaimVerdict.NotMeasured;
        }

        if (figure.Lower >= low && figure.Upper <= high)
        {
            return ClaimVerdict.Holds;
        }

        return figure.Upper < low || figure.Lower > high ? ClaimVerdict.DoesNotHold : ClaimVerdict.HoldsWithCaveat;
    }

    /// <summary>Holds if the whole range lies above <paramref name="threshold"/>, does not hold if none of it does, a caveat if it straddles.</summary>
    public static ClaimVerdict Above(Figure? figure, double threshold)
        => figure is null ? ClaimVerdict.NotMeasured
        : figure.Lower > threshold ? ClaimVerdict.Holds
        : figure.Upper <= threshold ? ClaimVerdict.DoesNotHold
        : ClaimVerdict.HoldsWithCaveat;

    /// <summary>Holds if the whole range lies below <paramref name="threshold"/>, does not hold if none of it does, a caveat if it straddles.</summary>
    public static ClaimVerdict Below(Figure? figure, double threshold)
        => figure is null ? ClaimVerdict.NotMeasured
        : figure.Upper < threshold ? ClaimVerdict.Holds
        : figure.Lower >= threshold ? ClaimVerdict.DoesNotHold
        : ClaimVerdict.HoldsWithCaveat;

    public const string WeakestRule =
        "the claim's verdict is the weakest of its parts (does not hold, then not measured, then holds with a caveat, then holds)";

    /// <summary>
    /// The weakest of <paramref name="parts"/>: any part that does not hold makes the claim not hold; otherwise a part not
    /// measured leaves the claim not measured (it cannot hold on the parts that were); otherwise any caveat is the claim's.
    /// No parts: not measured.
    /// </summary>
    public static ClaimVerdict Weakest(IEnumerable<ClaimVerdict> parts)
    {
        var list = parts.ToList();
        return list.Count == 0 ? ClaimVerdict.NotMeasured
            : list.Contains(ClaimVerdict.DoesNotHold) ? ClaimVerdict.DoesNotHold
            : list.Contains(ClaimVerdict.NotMeasured) ? ClaimVerdict.NotMeasured
            : list.Contains(ClaimVerdict.HoldsWithCaveat) ? ClaimVerdict.HoldsWithCaveat
            : ClaimVerdict.Holds;
    }

    /// <summary>A part true at some of its cases: all: holds; none: does not hold; some: holds with a caveat; no case: not measured.</summary>
    public static ClaimVerdict Share(int satisfied, int cases)
        => cases == 0 ? ClaimVerdict.NotMeasured
        : satisfied == cases ? ClaimVerdict.Holds
        : satisfied == 0 ? ClaimVerdict.DoesNotHold
        : ClaimVerdict.HoldsWithCaveat;

    /// <summary>Share of linear scaling a parallel speed-up must reach at its lower bound to hold.</summary>
    public const double LinearShare = 0.8;

    public const string LinearRule =
        "part \"parallel writes scale linearly\": the speed-up of N writers over 1 at 16 shards holds if its lower bound is at least 0.8 N, does not hold if its median is below 1 + (N - 1) / 2 (less than half the linear gain: 1.5x for 2 writers), holds with a caveat otherwise";

    /// <summary>Speed-up of <paramref name="writers"/> writers over one, against linear scaling (= <paramref name="writers"/>).</summary>
    public static ClaimVerdict ScalesLinearly(Figure? speedUp, int writers)
        => speedUp is null || writers < 2 ? ClaimVerdict.NotMeasured
        : speedUp.Lower >= LinearShare * writers ? ClaimVerdict.Holds
        : speedUp.Median < 1 + ((writers - 1) / 2.0) ? ClaimVerdict.DoesNotHold
        : ClaimVerdict.HoldsWithCaveat;

    public const string CrossoverRule =
        "with ratio = HAMT cost / rebuild cost per size (smallest to largest): holds if the ratio's upper bound is below 1 at every size; holds with a caveat if it is below 1 at the largest size only from some crossover size on; does not hold if the HAMT is not cheaper at the largest size";

    /// <summary>Ratios HAMT / rebuild by increasing size.</summary>
    public static ClaimVerdict Crossover(IReadOnlyList<Figure> ratiosBySize)
    {
        if (ratiosBySize.Count == 0)
        {
            return ClaimVerdict.NotMeasured;
        }

        if (ratiosBySize.All(ratio => ratio.Upper < 1))
        {
            return ClaimVerdict.Holds;
        }

        return ratiosBySize[^1].Upper < 1 ? ClaimVerdict.HoldsWithCaveat : ClaimVerdict.DoesNotHold;
    }

    /// <summary>The index of the smallest size from which every ratio's upper bound is below 1, or <see langword="null"/>.</summary>
    public static int? CrossoverIndex(IReadOnlyList<Figure> ratiosBySize)
    {
        int? index = null;
        for (var i = ratiosBySize.Count - 1; i >= 0 && ratiosBySize[i].Upper < 1; i--)
        {
            index = i;
        }

        return index;
    }

    /// <summary>A latency counts as reduced when the before/after ratio's lower bound exceeds this.</summary>
    public const double LatencyGain = 1.1;

    public const string CompactionRule =
        "with ratio = read latency with the largest override / right after Compact(), each percentile (p50, p99.9) is a part: holds if the ratio's whole range lies above 1.1 (at least 10% faster after compaction), does not hold if it lies at or below 1.1, holds with a caveat if it straddles 1.1";

    public const double MatchLow = 0.8;
    public const double MatchHigh = 1.25;
    public const double RetriesThreshold = 0.05;

    public const string CasRule =
        "part \"matches at low contention\": the CAS / locked write throughput ratio at 1 writer holds if its whole range lies within 0.8..1.25, does not hold if it lies entirely outside, holds with a caveat if it straddles; part \"suffers under contention\", at every writer count above 1: does not hold if CAS retries are at most 0.05 per successful write or the ratio's median is at or above 1 (CAS at least as fast: a counterexample), holds if the ratio's whole range lies below 1, holds with a caveat otherwise";

    /// <summary>"Matches mutex performance": the CAS / locked ratio at one writer within 0.8..1.25.</summary>
    public static ClaimVerdict CasMatches(Figure? lowContentionRatio) => Within(lowContentionRatio, MatchLow, MatchHigh);

    /// <summary>"Suffers retries under contention" at one writer count: retries above 0.05 per write and CAS slower than the lock.</summary>
    public static ClaimVerdict CasSuffers(Figure? ratio, double? retriesPerWrite)
        => ratio is null || retriesPerWrite is null ? ClaimVerdict.NotMeasured
        : retriesPerWrite <= RetriesThreshold || ratio.Median >= 1 ? ClaimVerdict.DoesNotHold
        : ratio.Upper < 1 ? ClaimVerdict.Holds
        : ClaimVerdict.HoldsWithCaveat;

    public const string ReadMostlyRule =
        "the curriculum's premise for task 21, that COW is the read-mostly choice; a map is tied with the fastest when its 99.9% interval reaches the fastest's; part \"pure reads\": `cow` fastest or tied at 100% reads, part \"read-mostly (90% reads)\": `cow` fastest or tied at 90% reads, part \"not at 50% reads\": `cow` not the fastest at 50% reads; each part holds if true at every size, does not hold if true at none, holds with a caveat otherwise";

    /// <summary>The incident's rate: 5 GB in one hour.</summary>
    public const double IncidentBytesPerHour = 5e9;

    public const string MemoryGrowthRule =
        "part \"the bug grows memory\": growth rate = (live heap after a forced full collection at the end of the unbounded phase - at its start) / its duration; holds if at least 5 GB/hour, holds with a caveat if above 1% of it (the write rate or table size that reaches 5 GB/hour is given), does not hold otherwise; part \"the mitigation stops it\": the live heap's growth after the bounded history has filled (forced full collections from the first sample with the history full to the end of the phase, so the one-off fill is not counted); holds if at most 1% of 5 GB/hour (50 MB/hour), holds with a caveat if at most 5% of the bug's rate, does not hold otherwise; not measured in a run without live-heap samples after the fill";

    /// <summary>The bug's growth rate against the incident's 5 GB/hour.</summary>
    public static ClaimVerdict BugGrows(double? bugBytesPerHour)
        => bugBytesPerHour is not { } bug ? ClaimVerdict.NotMeasured
        : bug >= IncidentBytesPerHour ? ClaimVerdict.Holds
        : bug > IncidentBytesPerHour / 100 ? ClaimVerdict.HoldsWithCaveat
        : ClaimVerdict.DoesNotHold;

    /// <summary>The mitigated phase's live-heap growth after its history filled, against about zero.</summary>
    public static ClaimVerdict MitigationStops(double? growthAfterFillBytesPerHour, double? bugBytesPerHour)
        => growthAfterFillBytesPerHour is not { } growth ? ClaimVerdict.NotMeasured
        : growth <= IncidentBytesPerHour / 100 ? ClaimVerdict.Holds
        : bugBytesPerHour is { } bug && growth <= 0.05 * bug ? ClaimVerdict.HoldsWithCaveat
        : ClaimVerdict.DoesNotHold;

    public static string Label(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Holds => "holds",
        ClaimVerdict.HoldsWithCaveat => "holds with a caveat",
        ClaimVerdict.DoesNotHold => "does not hold",
        _ => "not measured",
    };
}
