using Perfolizer.Horology;
using Perfolizer.Mathematics.Multimodality;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;
using Pragmastat.Estimators;
using PerfolizerComparison = Perfolizer.Mathematics.Common.ComparisonResult;

namespace Lab.Plotter.Comparison;

/// <summary>
/// Judges one cell, diff against base, the way dotnet/performance's ResultsComparer does with
/// Perfolizer 0.6.1 — a Mann-Whitney equivalence test (<see cref="SimpleEquivalenceTest"/>) at the
/// relative threshold and again at the absolute noise floor; Slower or Faster only when both tests
/// agree on the direction, Same otherwise — but over one value per launch (the median of its
/// iterations), not over pooled iterations.
/// </summary>
/// <remarks>
/// <para>
/// Why launches: iterations of one process share its memory layout, its JIT's decisions and the
/// machine's state of those seconds, so they are not independent draws, and a test that pools them
/// sees far more evidence than there is. Measured on this lab's 2-core shared machine (quick subset,
/// one build against itself, 3 launches a side): the spread of launch medians was as large as the
/// spread within a launch (median standard deviation of log ns/op 0.14 between launches, 0.13
/// within), and the pooled-iteration test called 1 cell Slower and 3 Faster between two identical
/// builds. A fixed arithmetic loop on the same machine took anywhere from 10 to 19 ms, in episodes
/// of a fraction of a second to a few seconds: neighbours, not the code.
/// </para>
/// <para>
/// Noisy instead of a guess: a side with fewer than <see cref="JudgeSettings.MinLaunches"/> launches;
/// a side whose launch medians are too spread (relative spread above
/// <see cref="JudgeSettings.MaxRelativeSpread"/>) or multimodal — unless the change dwarfs the
/// noise: when both tests agree on a direction and the ratio's bounds lie entirely beyond
/// 1 ± (threshold + the larger relative spread), the cell is judged Slower or Faster all the same,
/// so a regression many times the noise is never hidden.
/// </para>
/// </remarks>
internal sealed class CellJudge
{
    private static readonly SimpleEquivalenceTest equivalenceTest = new(MannWhitneyTest.Instance);

    private readonly JudgeSettings settings;
    private readonly Threshold relative;
    private readonly Threshold absolute;

    public CellJudge(JudgeSettings settings)
    {
        this.settings = settings;
        relative = Threshold.Parse(ReportFormat.Number(settings.RelativeThreshold * 100) + "%");
        absolute = Threshold.Parse(ReportFormat.Number(settings.NoiseNs) + "ns");
    }

    public CellComparison Judge(string cell, CellSamples baseSamples, CellSamples diffSamples)
    {
        var baseValues = baseSamples.LaunchMedians;
        var diffValues = diffSamples.LaunchMedians;
        var baseSample = new Sample(baseValues, TimeUnit.Nanosecond);
        var diffSample = new Sample(diffValues, TimeUnit.Nanosecond);
        var baseSummary = Summarize(baseSample, baseSamples.IterationCount);
        var diffSummary = Summarize(diffSample, diffSamples.IterationCount);
        var ratio = RatioEstimator.Instance.Estimate(diffSample, baseSample).NominalValue;
        var (lower, upper) = RatioBounds.Estimate(baseValues, diffValues, 1 - settings.Alpha);

        if ((TooFew("base", baseSummary) ?? TooFew("diff", diffSummary)) is { } tooFew)
        {
            return new CellComparison(cell, Verdict.Noisy, ratio, lower, upper, baseSummary, diffSummary, tooFew);
        }

        var verdict = Test(diffSample, baseSample);
        var note = Unsteady("base", baseSummary) ?? Unsteady("diff", diffSummary);
        if (note is not null)
        {
            var margin = 1 + settings.RelativeThreshold + Math.Max(baseSummary.RelativeSpread, diffSummary.RelativeSpread);
            var dwarfsNoise = (verdict == Verdict.Slower && lower > margin) || (verdict == Verdict.Faster && upper < 1 / margin);
            if (dwarfsNoise)
            {
                note += $"; judged anyway: bounds beyond {ReportFormat.Ratio(margin)}x";
            }
            else
            {
                verdict = Verdict.Noisy;
            }
        }

        return new CellComparison(cell, verdict, ratio, lower, upper, baseSummary, diffSummary, note ?? "");
    }

    private Verdict Test(Sample diff, Sample @base)
    {
        // Perform(x, y) tells how x stands against y: Greater = diff takes more ns/op = slower.
        var byThreshold = equivalenceTest.Perform(diff, @base, relative, settings.Alpha);
        var byNoise = equivalenceTest.Perform(diff, @base, absolute, settings.Alpha);
        return (byThreshold, byNoise) switch
        {
            (PerfolizerComparison.Greater, PerfolizerComparison.Greater) => Verdict.Slower,
            (PerfolizerComparison.Lesser, PerfolizerComparison.Lesser) => Verdict.Faster,
            _ => Verdict.Same,
        };
    }

    private string? TooFew(string side, SampleSummary summary)
        => summary.Launches < settings.MinLaunches ? $"{side}: too few launches ({summary.Launches} < {settings.MinLaunches})" : null;

    private string? Unsteady(string side, SampleSummary summary)
    {
        if (summary.RelativeSpread > settings.MaxRelativeSpread)
        {
            return $"{side}: launches too spread (relative spread {ReportFormat.Percent(summary.RelativeSpread)} > {ReportFormat.Percent(settings.MaxRelativeSpread)})";
        }

        return summary.Modes > 1 ? $"{side}: launches multimodal ({summary.Modes} modes)" : null;
    }

    private static SampleSummary Summarize(Sample launchMedians, int iterations)
    {
        var median = MedianEstimator.Instance.Estimate(launchMedians).NominalValue;
        if (launchMedians.Size < 2)
        {
            return new SampleSummary(launchMedians.Size, iterations, median, double.NaN, 1);
        }

        var spread = RelSpreadEstimator.Instance.Estimate(launchMedians).NominalValue;
        // Identical values have no density to split into modes (and the detector needs a range).
        var modes = spread > 0 ? LowlandModalityDetector.Instance.DetectModes(launchMedians).Modality : 1;
        return new SampleSummary(launchMedians.Size, iterations, median, spread, modes);
    }
}
