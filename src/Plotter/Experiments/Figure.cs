namespace Lab.Plotter.Experiments;

/// <summary>
/// A measured figure over repetitions: the median, and as bounds the smallest and largest
/// repetition (for a ratio, the smallest and largest of all pairwise ratios): with a handful of
/// repetitions these extremes are what the data can vouch for, not a confidence interval.
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

    /// <summary>The ratio <paramref name="numerator"/> / <paramref name="denominator"/>: ratio of medians, bounds the extreme pairwise ratios.</summary>
    public static Figure? Ratio(IReadOnlyList<double> numerator, IReadOnlyList<double> denominator)
    {
        if (numerator.Count == 0 || denominator.Count == 0 || denominator.Any(value => value <= 0))
        {
            return null;
        }

        var pairs = numerator.SelectMany(a => denominator.Select(b => a / b)).ToList();
        return new Figure(MedianOf(numerator) / MedianOf(denominator), pairs.Min(), pairs.Max(), Math.Min(numerator.Count, denominator.Count));
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
