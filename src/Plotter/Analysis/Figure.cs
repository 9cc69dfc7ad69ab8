namespace Lab.Plotter.Analysis;

/// <summary>
/// A measured figure over repetitions: the median, and as bounds the smallest and largest
/// repetition (the spread, not a confidence interval). For a ratio of two figures: the ratio of
/// their medians, and as bounds the exact distribution-free 95% (Moses / Mann-Whitney) interval of the
/// pairwise ratios (the comparison's <see cref="ShiftInterval"/>; when the repetitions are
/// too few to reach 95% it widens to the extreme pairwise ratios).
/// </summary>
internal sealed record Figure(double Median, double Lower, double Upper, int Count)
{
    /// <summary>The figure of <paramref name="values"/>; <see langword="null"/> when there are none.</summary>
    public static Figure? Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        return new Figure(MedianOf(values), values.Min(), values.Max(), values.Count);
    }

    /// <summary>Confidence of the ratio bounds.</summary>
    public const double RatioConfidence = 0.95;

    /// <summary>
    /// The ratio <paramref name="numerator"/> / <paramref name="denominator"/>: ratio of medians, bounds the
    /// 95% Moses interval of the pairwise ratios (the extreme pairwise ratios when a numerator value is 0).
    /// </summary>
    public static Figure? Ratio(IReadOnlyList<double> numerator, IReadOnlyList<double> denominator)
    {
        if (numerator.Count == 0 || denominator.Count == 0 || denominator.Any(value => value <= 0))
        {
            return null;
        }

        var median = MedianOf(numerator) / MedianOf(denominator);
        var count = Math.Min(numerator.Count, denominator.Count);
        var logBounds = numerator.All(value => value > 0)
            ? ShiftInterval.Independent([.. denominator.Select(value => Math.Log(value))], [.. numerator.Select(value => Math.Log(value))]).Interval(1 - RatioConfidence)
            : null;
        if (logBounds is not { } bounds)
        {
            var pairs = numerator.SelectMany(a => denominator.Select(b => a / b)).ToList();
            return new Figure(median, pairs.Min(), pairs.Max(), count);
        }

        return new Figure(median, Math.Min(Math.Exp(bounds.Lower), median), Math.Max(Math.Exp(bounds.Upper), median), count);
    }

    public static double MedianOf(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>"12.3 (11.0-14.1)" with the given number format (G3 switches to whole numbers from 1,000 on).</summary>
    public string Format(string format = "G3")
        => Lower == Upper
            ? Markdown.Number(Median, format)
            : $"{Markdown.Number(Median, format)} ({Markdown.Number(Lower, format)}-{Markdown.Number(Upper, format)})";
}
