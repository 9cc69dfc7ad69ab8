namespace Lab.Plotter.Statistics;

/// <summary>
/// Holm's step-down procedure, expressed as the level each hypothesis is tested at, so that every
/// cell's interval can be drawn at that level and its verdict read from the interval.
/// </summary>
/// <remarks>
/// Sort the K p-values ascending (ties by index, so the result is deterministic). The k-th (1-based)
/// is tested at alpha / (K - k + 1) as long as every earlier one was rejected; at the first that is
/// not rejected the procedure stops and it and every later one keep that stopping level. Hence a
/// hypothesis is rejected by Holm exactly when its p-value is at most its level, and the family-wise
/// error rate (any false rejection among the K) is at most alpha under any dependence between cells.
/// </remarks>
internal static class HolmLevels
{
    /// <summary>The level of each p-value, in input order; rejected exactly when p &lt;= level.</summary>
    public static double[] Of(IReadOnlyList<double> pValues, double alpha)
    {
        var count = pValues.Count;
        var order = Enumerable.Range(0, count).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        var levels = new double[count];
        var stopped = false;
        var level = 0.0;
        for (var k = 0; k < count; k++)
        {
            var i = order[k];
            if (!stopped)
            {
                level = alpha / (count - k);
                stopped = pValues[i] > level;
            }

            levels[i] = level;
        }

        return levels;
    }
}
