using BenchmarkDotNet.Attributes;
using Lab.Benchmarks.Diagnostics;
using Lab.Benchmarks.Harness;
using Lab.Benchmarks.Workloads;
using Lab.Maps;

namespace Lab.Benchmarks.Scenarios.Targets;

/// <summary>
/// Single-threaded inserts of keys not yet in the map (time and bytes per insert). Each iteration
/// runs <see cref="InvocationsPerIteration"/> invocations of <see cref="InsertsPerInvoke"/> inserts,
/// so the map grows by at most 512 entries (0.5% at 100K) before <c>[IterationCleanup]</c>, outside
/// the timed region, removes them again and the next iteration starts from the prefilled size.
/// </summary>
[BenchmarkCategory("targets")]
[InvocationCount(InvocationsPerIteration, 1)]
public class TargetInsertBenchmarks
{
    public const int InsertsPerInvoke = 16;
    public const int InvocationsPerIteration = 32;

    // Room for far more inserts than one iteration makes; wrapping would turn inserts into updates.
    private const int freshKeyCount = 1 << 16;

    private IConcurrentMap<int, int> map = null!;
    private int[] freshKeys = [];
    private int cursor;
    private long inserts;
    private int pending;
    private CounterProbe probe = null!;

    public static IEnumerable<CellParameter> Cells()
        => TargetOperations.Cells(TargetOperations.Insert, BenchmarkProfile.Current).Select(cell => new CellParameter(cell));

    [ParamsSource(nameof(Cells))]
    public CellParameter Cell { get; set; } = null!;

    private TargetCell Definition => (TargetCell)Cell.Definition;

    [GlobalSetup]
    public void Setup()
    {
        Prepare();
        TieringWarmup.Run(
            () =>
            {
                Insert();
                RemoveInserted();
            },
            Console.Out);
        inserts = 0; // the warm-up's writes are not BenchmarkDotNet's: count from here
        probe = CounterProbe.Start(map as IMapCostCounters);
    }

    /// <summary>The setup without the tiering warm-up (the in-process paired runner warms both builds in turns).</summary>
    internal void Prepare()
    {
        var all = KeySets.Integers(Definition.Size + freshKeyCount);
        map = MapFactory.Create(Definition.Map, all[..Definition.Size]);
        freshKeys = all[Definition.Size..];
        probe = CounterProbe.Start(map as IMapCostCounters); // RemoveInserted needs one
    }

    [Benchmark(OperationsPerInvoke = InsertsPerInvoke)]
    public int Insert()
    {
        var target = map;
        var start = cursor;
        foreach (var key in freshKeys.AsSpan(start, InsertsPerInvoke))
        {
            target.Set(key, key);
        }

        cursor = (start + InsertsPerInvoke) & (freshKeyCount - 1);
        inserts += InsertsPerInvoke;
        pending += InsertsPerInvoke;
        return cursor;
    }

    [IterationCleanup(Target = nameof(Insert))]
    public void RemoveInserted()
    {
        // The removals' own cost is kept out of the per-insert counters.
        probe.Untracked(() =>
        {
            foreach (var key in freshKeys.AsSpan(0, Math.Min(pending, freshKeyCount)))
            {
                map.Remove(key);
            }
        });
        cursor = 0;
        pending = 0;
    }

    [GlobalCleanup]
    public void Cleanup() => probe.Finish(Cell.Definition.Id, inserts);
}
