using Lab.Benchmarks.Diagnostics;
using Lab.Benchmarks.Harness;
using Lab.Benchmarks.Workloads;
using Lab.Maps;

namespace Lab.Benchmarks.Scenarios;

/// <summary>Everything a matrix cell needs, built outside the timed region.</summary>
internal static class MatrixWorkload
{
    /// <summary>
    /// Prefills the cell's map, builds the workers' streams, starts the parked workers and runs
    /// invocations until tiering has settled (<see cref="TieringWarmup"/>); the counter probe starts
    /// after that warm-up, so it counts the writes of BenchmarkDotNet's invocations only.
    /// </summary>
    /// <param name="cell">The cell.</param>
    /// <param name="warmUp">False leaves the warm-up to the caller (the in-process paired runner warms both builds in turns).</param>
    public static (IInvocationHarness Harness, CounterProbe Probe) Build(MatrixCell cell, bool warmUp = true)
        => KeyDistribution.UsesStringKeys(cell.Keys)
            ? Build(cell, KeySets.PrefixedStrings(cell.Size), warmUp)
            : Build(cell, KeySets.Integers(cell.Size), warmUp);

    private static (IInvocationHarness Harness, CounterProbe Probe) Build<TKey>(MatrixCell cell, TKey[] keys, bool warmUp)
        where TKey : notnull
    {
        var map = MapFactory.Create(cell.Map, keys);
        var streams = StreamBuilder.Build(cell.MixDefinition, cell.Keys, cell.Size, cell.Threads, cell.OpsPerThread);
        var harness = new ThreadedHarness<TKey>(map, keys, streams);
        if (warmUp)
        {
            TieringWarmup.Run(() => harness.RunInvocation(), Console.Out);
        }

        return (harness, CounterProbe.Start(map as IMapCostCounters));
    }
}
