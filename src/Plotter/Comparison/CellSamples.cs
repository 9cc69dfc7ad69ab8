namespace Lab.Plotter.Comparison;

/// <summary>
/// Every iteration of one cell on one side of a comparison, grouped by launch (process). The launch,
/// not the iteration, is the unit the judge compares: iterations of one launch share that process's
/// memory layout, JIT decisions and the machine's state of those seconds, so they are not independent
/// draws (see <see cref="CellJudge"/>).
/// </summary>
internal sealed class CellSamples
{
    private readonly List<List<double>> launches = [];

    /// <summary>ns/op of each launch's iterations, launches in the order they were added.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Launches => launches;

    /// <summary>Iterations over all launches.</summary>
    public int IterationCount => launches.Sum(launch => launch.Count);

    /// <summary>One value per launch: the median of its iterations.</summary>
    public IReadOnlyList<double> LaunchMedians => [.. launches.Select(Median)];

    /// <summary>Samples whose launches each hold the given iterations.</summary>
    public static CellSamples Of(IEnumerable<IEnumerable<double>> launches)
    {
        var samples = new CellSamples();
        foreach (var launch in launches)
        {
            samples.launches.Add([.. launch]);
        }

        return samples;
    }

    /// <summary>Appends an iteration to launch <paramref name="launchIndex"/> (0-based; launches are created up to it).</summary>
    public void Add(int launchIndex, double nsPerOp)
    {
        while (launches.Count <= launchIndex)
        {
            launches.Add([]);
        }

        launches[launchIndex].Add(nsPerOp);
    }

    /// <summary>Drops launches that received no iteration (a launch index skipped by the file).</summary>
    public void Compact() => launches.RemoveAll(launch => launch.Count == 0);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
