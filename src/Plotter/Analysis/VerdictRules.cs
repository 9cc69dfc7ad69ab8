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

    public const string CombineRule = "the claim holds if every part holds, does not hold if every part does not hold, and holds with a caveat otherwise";

    /// <summary>Every part holds: holds; every part fails: does not hold; a mix: holds with a caveat. Parts not measured are ignored.</summary>
    public static ClaimVerdict Combine(IEnumerable<ClaimVerdict> parts)
    {
        var measured = parts.Where(part => part != ClaimVerdict.NotMeasured).ToList();
        if (measured.Count == 0)
        {
            return ClaimVerdict.NotMeasured;
        }

        if (measured.All(part => part == ClaimVerdict.Holds))
        {
            return ClaimVerdict.Holds;
        }

        return measured.All(part => part == ClaimVerdict.DoesNotHold) ? ClaimVerdict.DoesNotHold : ClaimVerdict.HoldsWithCaveat;
    }

    /// <summary>A two-part claim: both parts true: holds; one: holds with a caveat; none: does not hold.</summary>
    public static ClaimVerdict Both(bool first, bool second)
        => (first, second) switch
        {
            (true, true) => ClaimVerdict.Holds,
            (false, false) => ClaimVerdict.DoesNotHold,
            _ => ClaimVerdict.HoldsWithCaveat,
        };

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
        "with ratios = read latency with the largest override / right after Compact(), each part (p50, p99.9) holds if the ratio's whole range lies above 1.1 (at least 10% faster after compaction), does not hold if it lies at or below 1.1, and is a caveat if it straddles 1.1; then the parts are combined";

    public static ClaimVerdict Compaction(Figure? p50Ratio, Figure? p999Ratio)
        => p50Ratio is null || p999Ratio is null ? ClaimVerdict.NotMeasured : Combine([Above(p50Ratio, LatencyGain), Above(p999Ratio, LatencyGain)]);

    public const double MatchLow = 0.8;
    public const double MatchHigh = 1.25;
    public const double RetriesThreshold = 0.05;

    public const string CasRule =
        "part \"matches\": the CAS / locked write throughput ratio at 1 writer holds if its whole range lies within 0.8..1.25, does not hold if it lies entirely outside, caveat if it straddles; part \"suffers retries\": at the most writers, CAS retries above 0.05 per successful write and the CAS / locked ratio below 1 (holds if its whole range is below 1, caveat if it straddles 1; does not hold if it lies at or above 1 or retries are at most 0.05); then the parts are combined";

    public static ClaimVerdict Cas(Figure? lowContentionRatio, Figure? highContentionRatio, double? retriesPerWrite)
    {
        if (lowContentionRatio is null || highContentionRatio is null || retriesPerWrite is null)
        {
            return ClaimVerdict.NotMeasured;
        }

        var matches = Within(lowContentionRatio, MatchLow, MatchHigh);
        var suffers = retriesPerWrite > RetriesThreshold ? Below(highContentionRatio, 1) : ClaimVerdict.DoesNotHold;
        return Combine([matches, suffers]);
    }

    public const string ReadMostlyRule =
        "the curriculum's premise for task 21, that COW is the read-mostly choice: holds if `cow` is fastest at 100% reads at every size (or its confidence interval overlaps the fastest's) and is not fastest at 50% reads at any size; holds with a caveat if only one of the two; does not hold if neither";

    public static ClaimVerdict ReadMostly(bool bestAtPureReads, bool beatenAtHalfWrites) => Both(bestAtPureReads, beatenAtHalfWrites);

    /// <summary>The incident's rate: 5 GB in one hour.</summary>
    public const double IncidentBytesPerHour = 5e9;

    public const string MemoryGrowthRule =
        "growth rate = (live heap after a forced full collection at the end of the phase - at its start) / its duration; holds if the bug's rate is at least 5 GB/hour and the mitigation's rate is at most 5% of it; holds with a caveat if the bug grows memory (above 1% of 5 GB/hour) and the mitigation stops it, but at a lower rate than the incident's (the write rate or table size that reaches 5 GB/hour is given); does not hold otherwise";

    public static ClaimVerdict MemoryGrowth(double? bugBytesPerHour, double? mitigatedBytesPerHour)
    {
        if (bugBytesPerHour is not { } bug || mitigatedBytesPerHour is not { } mitigated)
        {
            return ClaimVerdict.NotMeasured;
        }

        var grows = bug > IncidentBytesPerHour / 100;
        var mitigates = mitigated <= 0.05 * bug;
        if (grows && mitigates)
        {
            return bug >= IncidentBytesPerHour ? ClaimVerdict.Holds : ClaimVerdict.HoldsWithCaveat;
        }

        return ClaimVerdict.DoesNotHold;
    }

    public static string Label(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Holds => "holds",
        ClaimVerdict.HoldsWithCaveat => "holds with a caveat",
        ClaimVerdict.DoesNotHold => "does not hold",
        _ => "not measured",
    };
}
