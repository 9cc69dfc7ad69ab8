
namespace Lab.Plotter.Tests.Support;

/// <summary>Deterministic synthetic ns/op samples: log-normal noise around a median, fixed seeds.</summary>
internal static class SyntheticSamples
{
    /// <summary>Each value as one launch of one iteration: <paramref name="values"/> are the launch medians.</summary>
    public static CellSamples AsLaunches(double[] values) => CellSamples.Of(values.Select(value => new[] { value }));

    /// <summary>
    /// One launch per level in <paramref name="launchLevels"/>, each of <paramref name="iterations"/>
    /// iterations with relative noise <paramref name="sigma"/> around its level.
    /// </summary>
    public static CellSamples Launches(int seed, double[] launchLevels, int iterations, double sigma)
        => CellSamples.Of(launchLevels.Select((level, i) => LogNormal(seed * 100 + i, iterations, level, sigma)));

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
