namespace Lab.Plotter.Input;

/// <summary>
/// Every iteration of one cell on one side of a comparison, grouped by launch (process), each launch
/// tagged with its round (the results folder it came from). The launch, not the iteration, is the
/// unit the judge compares: iterations of one launch share that process's memory layout, JIT decisions
/// and the machine's state of those seconds, so they are not independent draws (see <see cref="CellJudge"/>).
/// </summary>
internal sealed class CellSamples
{
    private readonly List<(int Round, List<double> Iterations)> launches = [];

    /// <summary>ns/op of each launch's iterations, launches in the order they were added.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Launches => [.. launches.Select(l => (IReadOnlyList<double>)l.Iterations)];

    /// <summary>Iterations over all launches.</summary>
    public int IterationCount => launches.Sum(launch => launch.Iterations.Count);

    /// <summary>One value per launch: the median of its iterations.</summary>
    public IReadOnlyList<double> LaunchMedians => [.. launches.Select(l => Median(l.Iterations))];

    /// <summary>Samples whose launches each hold the given iterations, all in round 0.</summary>
    public static CellSamples Of(IEnumerable<IEnumerable<double>> launches) => Of(launches.Select(l => (0, l)));

    /// <summary>Samples of the given (round, iterations) launches.</summary>
    public static CellSamples Of(IEnumerable<(int Round, IEnumerable<double> Iterations)> launches)
    {
        var samples = new CellSamples();
        foreach (var (round, iterations) in launches)
        {
            samples.launches.Add((round, [.. iterations]));
        }

        return samples;
    }

    /// <summary>
    /// One value per round 0..<paramref name="rounds"/> - 1: the median of that round's launch medians;
    /// null when a round holds no launch of this cell.
    /// </summary>
    public IReadOnlyList<double>? RoundMedians(int rounds)
    {
        var medians = new double[rounds];
        for (var r = 0; r < rounds; r++)
        {
            var inRound = launches.Where(l => l.Round == r).Select(l => Median(l.Iterations)).ToList();
            if (inRound.Count == 0)
            {
                return null;
            }

            medians[r] = Median(inRound);
        }

        return medians;
    }

    /// <summary>Appends an iteration to launch <paramref name="launchIndex"/> (0-based over all rounds; launches are created up to it).</summary>
    public void Add(int round, int launchIndex, double nsPerOp)
    {
        while (launches.Count <= launchIndex)
        {
            launches.Add((round, []));
        }

        launches[launchIndex].Iterations.Add(nsPerOp);
    }

    /// <summary>Drops launches that received no iteration (a launch index skipped by the file).</summary>
    public void Compact() => launches.RemoveAll(launch => launch.Iterations.Count == 0);

    /// <summary>Median of <paramref name="values"/> (mean of the middle two for an even count).</summary>
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
