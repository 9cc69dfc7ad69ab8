using Lab.Plotter.Data;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace Lab.Plotter.Analysis;

/// <summary>
/// Decides whether a map is statistically indistinguishable from the fastest map of a cell.
/// <para>
/// Method (when both cells have at least <see cref="MinimumSampleSize"/> iterations in measurements.csv):
/// Perfolizer's equivalence test built on the one-sided Mann-Whitney U test (the test dotnet/performance's
/// ResultsComparer uses), with a relative threshold of <see cref="ThresholdText"/> and significance level
/// 0.01. The other map is a distinct loser only when the test says the leader's iteration times are lower
/// by more than the threshold; any other outcome is a tie. Mann-Whitney is rank-based, so a few outlier
/// iterations cannot decide a ranking.
/// </para>
/// <para>
/// Fallback (fewer iterations): the two 99.9% confidence intervals of the mean from summary.csv overlap.
/// Without intervals either, no tie is declared and the method says so.
/// </para>
/// </summary>
internal static class TieJudge
{
    public const int MinimumSampleSize = 5;

    public const string ThresholdText = "2%";

    private static readonly Threshold relativeThreshold = Threshold.Parse(ThresholdText);

    private static readonly SimpleEquivalenceTest equivalenceTest = new(MannWhitneyTest.Instance);

    public static TieDecision Judge(BenchmarkResults results, SummaryRow leader, SummaryRow other)
    {
        var leaderTimes = results.MeasurementsOf(leader.Cell);
        var otherTimes = results.MeasurementsOf(other.Cell);
        if (leaderTimes.Count >= MinimumSampleSize && otherTimes.Count >= MinimumSampleSize)
        {
            var comparison = equivalenceTest.Perform(
                new Sample([.. leaderTimes]),
                new Sample([.. otherTimes]),
                relativeThreshold,
                SignificanceLevel.P01);
            return new TieDecision(comparison != ComparisonResult.Lesser, TieMethod.MannWhitney);
        }

        if (leader.NsPerOpCiUpper is { } leaderUpper && other.NsPerOpCiLower is { } otherLower)
        {
            return new TieDecision(otherLower <= leaderUpper, TieMethod.ConfidenceIntervalOverlap);
        }

        return new TieDecision(false, TieMethod.MeansOnly);
    }
}
