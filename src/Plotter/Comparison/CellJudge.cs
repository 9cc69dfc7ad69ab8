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
/// Perfolizer 0.6.1: a Mann-Whitney equivalence test (<see cref="SimpleEquivalenceTest"/>) at the
/// relative threshold and again at the absolute noise floor; a cell is Slower or Faster only when
/// both tests agree on the direction, Same otherwise. A cell whose samples are too few on either side
/// is Noisy. A cell too spread out or multimodal on either side is Noisy too (a Same there would be a
/// guess), unless the change dwarfs the noise: when both tests agree on a direction and the ratio's
/// bounds lie entirely beyond 1 ± (threshold + the larger relative spread of the two sides), the cell
/// is judged Slower or Faster all the same, so a regression many times the noise is never hidden.
/// </summary>
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

    public CellComparison Judge(string cell, IReadOnlyList<double> baseValues, IReadOnlyList<double> diffValues)
    {
        var baseSample = new Sample(baseValues, TimeUnit.Nanosecond);
        var diffSample = new Sample(diffValues, TimeUnit.Nanosecond);
        var baseSummary = Summarize(baseSample);
        var diffSummary = Summarize(diffSample);
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
        => summary.Count < settings.MinSamples ? $"{side}: too few samples ({summary.Count} < {settings.MinSamples})" : null;

    private string? Unsteady(string side, SampleSummary summary)
    {
        if (summary.RelativeSpread > settings.MaxRelativeSpread)
        {
            return $"{side}: too spread (relative spread {ReportFormat.Percent(summary.RelativeSpread)} > {ReportFormat.Percent(settings.MaxRelativeSpread)})";
        }

        return summary.Modes > 1 ? $"{side}: multimodal ({summary.Modes} modes)" : null;
    }

    private static SampleSummary Summarize(Sample sample)
    {
        var median = MedianEstimator.Instance.Estimate(sample).NominalValue;
        if (sample.Size < 2)
        {
            return new SampleSummary(sample.Size, median, double.NaN, 1);
        }

        var spread = RelSpreadEstimator.Instance.Estimate(sample).NominalValue;
        // Identical values have no density to split into modes (and the detector needs a range).
        var modes = spread > 0 ? LowlandModalityDetector.Instance.DetectModes(sample).Modality : 1;
        return new SampleSummary(sample.Size, median, spread, modes);
    }
}
