using System.Globalization;
using Pragmastat;
using Pragmastat.Estimators;

namespace Lab.Plotter.Statistics;

/// <summary>
/// Judges the cells of a comparison from the ratio's exact confidence interval, with the family-wise
/// error over all cells controlled by Holm.
/// </summary>
/// <remarks>
/// <para>
/// The unit is the launch (the median of its iterations): iterations of one process share its memory
/// layout, JIT decisions and the machine's state, so they are not independent draws. On this lab's
/// 2-core machine most of the noise is a fixed offset per process (standard deviation ~0.115 of log
/// ns/op between launches), and whole rounds shift every cell together (~28% of launch variance).
/// </para>
/// <para>
/// Per cell (<see cref="Gather"/>): when both sides have the same number of rounds and pairing can
/// reach the family's first Holm level, rounds are pairs (<see cref="ComparisonMode.Paired"/>: the
/// round's shift cancels; exact Wilcoxon signed-rank / Walsh interval); otherwise launch medians are
/// independent samples (<see cref="ComparisonMode.Launches"/>: exact Mann-Whitney / Moses interval of
/// all pairwise log ratios). Both are distribution-free, exact at any sample size (no normal
/// approximation: at 6 vs 6 the 99% Moses interval uses the 3rd pairwise difference, not the 1st).
/// In-process measurements (<see cref="JudgeInProcess"/>) give one value per process, its median
/// per-pair log ratio, and use the signed-rank interval over processes.
/// Perfolizer's SimpleEquivalenceTest is not used: in 0.6.1 it answers a direction from the sign
/// alone when the shift exceeds 10x the threshold's, without testing.
/// </para>
/// <para>
/// Over the family (<see cref="JudgeAll"/>): Holm's step-down gives each cell its level; the cell's
/// interval is drawn at that level and the verdict read from it (<see cref="Decide"/>), so verdict and
/// interval agree by construction and the chance of any false Slower or Faster over all cells is at
/// most alpha. There is no spread gate: the interval already widens with noise and narrows with
/// launches; a cell without an interval at its level (too few launches) is Inconclusive.
/// </para>
/// </remarks>
internal sealed class CellJudge(JudgeSettings settings)
{
    /// <summary>Judges every cell common to both sides (in the order given).</summary>
    public IReadOnlyList<CellComparison> JudgeAll(IReadOnlyList<string> cells, SideSamples @base, SideSamples diff)
    {
        var firstLevel = settings.Alpha / Math.Max(1, cells.Count);
        return JudgeFamily([.. cells.Select(c => Gather(c, @base[c], diff[c], @base.Rounds == diff.Rounds ? @base.Rounds : 0, firstLevel))]);
    }

    /// <summary>
    /// Judges a family of cells together: Holm's step-down gives each its level, each interval is drawn at
    /// that level and read by <see cref="Judge"/>. The chance of any false Slower or Faster in the family is at
    /// most alpha; Same is each cell's own equivalence test.
    /// </summary>
    public IReadOnlyList<CellComparison> JudgeFamily(IReadOnlyList<CellEvidence> evidence)
    {
        var levels = HolmLevels.Of([.. evidence.Select(e => e.PValue)], settings.Alpha);
        return [.. evidence.Select((e, i) => Judge(e, levels[i]))];
    }

    /// <summary>
    /// Judges in-process measurements: per cell, the per-process median log ratios (diff over base).
    /// Rank-based on purpose: one process in an episode of the machine's noise shifts its value by
    /// several percent, and the signed-rank interval is not pulled by it as a mean would be.
    /// </summary>
    public IReadOnlyList<CellComparison> JudgeInProcess(IReadOnlyList<string> cells, IReadOnlyDictionary<string, IReadOnlyList<double>> processLogRatios)
    {
        return JudgeFamily([.. cells.Select(c => GatherInProcess(c, processLogRatios[c]))]);
    }

    /// <summary>
    /// The evidence that one launch's iterations of <paramref name="diffIterations"/> differ from those of
    /// <paramref name="baseIterations"/> (ns/op), as independent samples (<see cref="ComparisonMode.Iterations"/>).
    /// </summary>
    public CellEvidence GatherIterations(string cell, IReadOnlyList<double> baseIterations, IReadOnlyList<double> diffIterations)
    {
        var baseSummary = new SampleSummary(baseIterations.Count, baseIterations.Count, baseIterations.Count == 0 ? double.NaN : CellSamples.Median([.. baseIterations]), double.NaN);
        var diffSummary = new SampleSummary(diffIterations.Count, diffIterations.Count, diffIterations.Count == 0 ? double.NaN : CellSamples.Median([.. diffIterations]), double.NaN);
        var fewest = Math.Min(baseIterations.Count, diffIterations.Count);
        var note = fewest < settings.MinLaunches ? $"too few iterations ({fewest} < {settings.MinLaunches})" : "";
        var threshold = double.IsFinite(baseSummary.MedianNs) ? Math.Max(settings.RelativeThreshold, settings.NoiseNs / baseSummary.MedianNs) : settings.RelativeThreshold;
        var shift = fewest == 0 // untested (the note says why); an interval over one zero shift per side stands in
            ? ShiftInterval.Independent([0], [0])
            : ShiftInterval.Independent([.. baseIterations.Select(v => Math.Log(v))], [.. diffIterations.Select(v => Math.Log(v))]);
        return new CellEvidence(cell, ComparisonMode.Iterations, shift, threshold, Math.Max(settings.SameMargin, threshold), baseSummary, diffSummary, note, 2 * settings.Alpha);
    }

    /// <summary>The evidence of one in-process cell: its per-process median log ratios (diff over base).</summary>
    public CellEvidence GatherInProcess(string cell, IReadOnlyList<double> processLogRatios)
    {
        var summary = new SampleSummary(processLogRatios.Count, 0, double.NaN, double.NaN);
        var note = processLogRatios.Count < settings.MinLaunches ? $"too few processes ({processLogRatios.Count} < {settings.MinLaunches})" : "";
        return new CellEvidence(cell, ComparisonMode.InProcess, ShiftInterval.Paired(processLogRatios), settings.RelativeThreshold, settings.SameMargin, summary, summary, note, 2 * settings.Alpha);
    }

    /// <summary>
    /// The evidence of one cell. <paramref name="pairedRounds"/> is the number of rounds both sides
    /// share (0 when they differ); rounds are paired when there are at least 2, the cell appears in every
    /// round of both sides, and the signed-rank test of that many pairs can reach <paramref name="firstLevel"/>.
    /// </summary>
    public CellEvidence Gather(string cell, CellSamples baseSamples, CellSamples diffSamples, int pairedRounds, double firstLevel)
    {
        var baseSummary = Summarize(baseSamples);
        var diffSummary = Summarize(diffSamples);
        var threshold = Math.Max(settings.RelativeThreshold, settings.NoiseNs / baseSummary.MedianNs);
        var margin = Math.Max(settings.SameMargin, threshold);
        var tooFew = TooFew("base", baseSummary) ?? TooFew("diff", diffSummary);
        if (tooFew is null
            && pairedRounds >= 2
            && ExactNullDistribution.SignedRank(pairedRounds).SmallestPValue <= firstLevel
            && baseSamples.RoundMedians(pairedRounds) is { } baseRounds
            && diffSamples.RoundMedians(pairedRounds) is { } diffRounds)
        {
            var logRatios = baseRounds.Zip(diffRounds, (b, d) => Math.Log(d) - Math.Log(b)).ToList();
            return new CellEvidence(cell, ComparisonMode.Paired, ShiftInterval.Paired(logRatios), threshold, margin, baseSummary, diffSummary, "", 2 * settings.Alpha);
        }

        var shift = ShiftInterval.Independent(
            [.. baseSamples.LaunchMedians.Select(v => Math.Log(v))],
            [.. diffSamples.LaunchMedians.Select(v => Math.Log(v))]);
        return new CellEvidence(cell, ComparisonMode.Launches, shift, threshold, margin, baseSummary, diffSummary, tooFew ?? "", 2 * settings.Alpha);
    }

    /// <summary>
    /// The verdict of one cell whose interval is drawn at <paramref name="level"/> (its Holm level):
    /// Slower or Faster from that interval; otherwise Same when the cell's equivalence interval (at
    /// <see cref="CellEvidence.EquivalenceLevel"/>) lies inside the margin.
    /// </summary>
    public static CellComparison Judge(CellEvidence evidence, double level)
    {
        var confidence = 1 - level;
        var shift = evidence.Shift;
        var ratio = Math.Exp(shift.Estimate);
        if (!evidence.Tested)
        {
            return Result(evidence, Verdict.Inconclusive, ratio, 0, double.PositiveInfinity, confidence, evidence.Note, null);
        }

        (double Lower, double Upper)? same = shift.Interval(evidence.EquivalenceLevel) is { } e ? (Math.Exp(e.Lower), Math.Exp(e.Upper)) : null;
        if (shift.Interval(level) is not { } interval)
        {
            var unit = evidence.Mode.ReplicateName();
            var note = string.Create(
                CultureInfo.InvariantCulture,
                $"{evidence.Base.Launches} vs {evidence.Diff.Launches} {unit} ({evidence.Mode.Name()}) cannot reach level {level:G2} (smallest p {shift.SmallestPValue:G2}): add {unit}");
            var verdict = same is { } s // without an interval at its level a cell can only be Same or Inconclusive
                ? Decide(ratio, 0, double.PositiveInfinity, evidence.Threshold, evidence.Margin, s.Lower, s.Upper)
                : Verdict.Inconclusive;
            return Result(evidence, verdict, ratio, 0, double.PositiveInfinity, confidence, note, same);
        }

        var lower = Math.Exp(interval.Lower);
        var upper = Math.Exp(interval.Upper);
        return Result(evidence, Decide(ratio, lower, upper, evidence.Threshold, evidence.Margin, same?.Lower, same?.Upper), ratio, lower, upper, confidence, "", same);
    }

    /// <summary>
    /// The verdict an interval [<paramref name="lower"/>, <paramref name="upper"/>] around
    /// <paramref name="ratio"/> supports: Slower when it lies wholly above 1 and the ratio beyond
    /// 1 + threshold, Faster symmetrically, Same when the equivalence interval
    /// [<paramref name="sameLower"/>, <paramref name="sameUpper"/>] (default: the same interval) lies
    /// inside 1 ± <paramref name="margin"/> (default: the threshold), Inconclusive otherwise. Slower and
    /// Faster come first: a change the interval proves and that exceeds the threshold is reported even
    /// inside the margin.
    /// </summary>
    public static Verdict Decide(double ratio, double lower, double upper, double threshold, double? margin = null, double? sameLower = null, double? sameUpper = null)
    {
        if (lower > 1 && ratio > 1 + threshold)
        {
            return Verdict.Slower;
        }

        if (upper < 1 && ratio < 1 - threshold)
        {
            return Verdict.Faster;
        }

        var band = Math.Max(margin ?? threshold, threshold);
        return (sameLower ?? lower) >= 1 - band && (sameUpper ?? upper) <= 1 + band ? Verdict.Same : Verdict.Inconclusive;
    }

    private static CellComparison Result(CellEvidence e, Verdict verdict, double ratio, double lower, double upper, double confidence, string note, (double Lower, double Upper)? same)
        => new(e.Cell, verdict, e.Mode, ratio, lower, upper, confidence, e.Threshold, e.Margin, e.Base, e.Diff, note, same?.Lower ?? 0, same?.Upper ?? double.PositiveInfinity);

    private string? TooFew(string side, SampleSummary summary)
        => summary.Launches < settings.MinLaunches ? $"{side}: too few launches ({summary.Launches} < {settings.MinLaunches})" : null;

    private static SampleSummary Summarize(CellSamples samples)
    {
        var medians = samples.LaunchMedians;
        var median = CellSamples.Median([.. medians]);
        var spread = medians.Count < 2 ? double.NaN : RelSpreadEstimator.Instance.Estimate(new Sample([.. medians])).NominalValue;
        return new SampleSummary(medians.Count, samples.IterationCount, median, spread);
    }
}
