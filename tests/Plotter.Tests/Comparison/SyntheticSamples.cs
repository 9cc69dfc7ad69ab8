namespace Lab.Plotter.Tests.Comparison;

/// <summary>Deterministic synthetic ns/op samples: log-normal noise around a median, fixed seeds.</summary>
internal static class SyntheticSamples
{
    /// <summary><paramref name="count"/> values around <paramref name="median"/> with relative noise <paramref name="sigma"/>.</summary>
    public static double[] LogNormal(int seed, int count, double median, double sigma)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => median * Math.Exp(sigma * Gaussian(random)))];
    }

    /// <summary>Alternating values around two medians: a clearly bimodal sample.</summary>
    public static double[] Bimodal(int seed, int count, double lowMedian, double highMedian, double sigma)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => (i % 2 == 0 ? lowMedian : highMedian) * Math.Exp(sigma * Gaussian(random)))];
    }

    private static double Gaussian(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
