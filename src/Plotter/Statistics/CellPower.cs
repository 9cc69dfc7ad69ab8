namespace Lab.Plotter.Statistics;

/// <summary>One cell's estimated power.</summary>
/// <param name="Cell">Cell id.</param>
/// <param name="BaseLaunches">Launches on the base half of each split.</param>
/// <param name="DiffLaunches">Launches on the diff half of each split.</param>
/// <param name="Power">Share of splits judged Slower, per factor (same order as the factors).</param>
/// <param name="MedianWidth">Median interval width over the unscaled splits (+infinity when most have none).</param>
internal sealed record CellPower(string Cell, int BaseLaunches, int DiffLaunches, IReadOnlyList<double> Power, double MedianWidth)
{
    /// <summary>The smallest factor detected in at least <paramref name="target"/> of the splits; null if none.</summary>
    public double? SmallestDetected(IReadOnlyList<double> factors, double target)
    {
        for (var i = 0; i < factors.Count; i++)
        {
            if (Power[i] >= target)
            {
                return factors[i];
            }
        }

        return null;
    }
}
