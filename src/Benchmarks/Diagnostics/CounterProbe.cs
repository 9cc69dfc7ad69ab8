using Lab.Maps;
using Lab.Results;

namespace Lab.Benchmarks.Diagnostics;

/// <summary>
/// Takes a map's counters in <c>[GlobalSetup]</c> (after prefill) and again in <c>[GlobalCleanup]</c>;
/// the delta covers every invocation in between (pilot, warm-up and measured alike), so it is
/// divided by the writes of those same invocations. Nothing runs inside the timed region.
/// </summary>
internal sealed class CounterProbe
{
    private readonly IMapCostCounters? map;
    private readonly MapCostCounters start;
    private MapCostCounters excluded;

    private CounterProbe(IMapCostCounters? map)
    {
        this.map = map;
        start = map?.ReadCounters() ?? default;
    }

    /// <summary>Starts counting; a map without counters yields a probe that records nothing.</summary>
    public static CounterProbe Start(IMapCostCounters? map) => new(map);

    /// <summary>Runs untimed housekeeping (e.g. an iteration cleanup) whose counter deltas are left out.</summary>
    public void Untracked(Action work)
    {
        var before = map?.ReadCounters() ?? default;
        work();
        if (map is not null)
        {
            var after = map.ReadCounters();
            excluded = CounterReading.Sum(excluded, after - before);
        }
    }

    /// <summary>Appends the delta to the cell's side file, when the map counts and the side-file folder is set.</summary>
    public void Finish(CellId cellId, long writes)
    {
        var directory = Environment.GetEnvironmentVariable(CounterSideFile.DirectoryVariable);
        if (map is null || string.IsNullOrEmpty(directory))
        {
            return;
        }

        CounterSideFile.Append(directory, cellId, new CounterReading(map.ReadCounters() - start - excluded, writes));
    }
}
