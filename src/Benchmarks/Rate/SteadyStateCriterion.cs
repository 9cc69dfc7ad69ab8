using System.Globalization;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// When two consecutive warm-up sub-windows agree: their reader p99s within <paramref name="P99Tolerance"/>
/// of each other (the larger at most 1 + tolerance times the smaller) and their gen2 collection rates within
/// <paramref name="Gen2Slack"/> collections or <paramref name="Gen2Tolerance"/> of the larger count, whichever
/// is more (counts compared at the first sub-window's length). Small gen2 counts are Poisson-noisy, so the
/// slack keeps 0 against 1 from blocking a steady state; what it rejects is a gen2 cycle that is still
/// building up (0 then 3, 2 then 6).
/// </summary>
/// <param name="P99Tolerance">Relative p99 tolerance (0.25: the larger p99 at most 1.25 x the smaller).</param>
/// <param name="Gen2Slack">Gen2 collections by which two sub-windows may always differ.</param>
/// <param name="Gen2Tolerance">Relative gen2 tolerance beyond the slack.</param>
internal sealed record SteadyStateCriterion(double P99Tolerance, int Gen2Slack, double Gen2Tolerance)
{
    /// <summary>p99 within 25%, gen2 within 1 collection or 25%.</summary>
    public static SteadyStateCriterion Default { get; } = new(0.25, 1, 0.25);

    /// <summary>Whether <paramref name="earlier"/> and <paramref name="later"/> agree; when not, why.</summary>
    public (bool Agree, string? Why) Compare(SubWindowSample earlier, SubWindowSample later)
    {
        var lowP99 = Math.Min(earlier.ReaderP99Ns, later.ReaderP99Ns);
        var highP99 = Math.Max(earlier.ReaderP99Ns, later.ReaderP99Ns);
        var p99Agrees = highP99 <= (1 + P99Tolerance) * Math.Max(lowP99, 1);
        var laterGen2 = later.Gen2Collections * (earlier.Seconds / later.Seconds);
        var gen2Difference = Math.Abs(earlier.Gen2Collections - laterGen2);
        var gen2Agrees = gen2Difference <= Math.Max(Gen2Slack, Gen2Tolerance * Math.Max(earlier.Gen2Collections, laterGen2));
        if (p99Agrees && gen2Agrees)
        {
            return (true, null);
        }

        var why = new List<string>();
        if (!p99Agrees)
        {
            why.Add(string.Create(CultureInfo.InvariantCulture, $"reader p99 {earlier.ReaderP99Ns} then {later.ReaderP99Ns} ns (more than {P99Tolerance:P0} apart)"));
        }

        if (!gen2Agrees)
        {
            why.Add(string.Create(CultureInfo.InvariantCulture, $"gen2 collections {earlier.Gen2Collections} then {later.Gen2Collections} per {earlier.Seconds:0.###} s sub-window"));
        }

        return (false, string.Join("; ", why));
    }
}
