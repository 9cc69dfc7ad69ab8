using BenchmarkDotNet.Attributes;
using Lab.Benchmarks.Diagnostics;
using Lab.Benchmarks.Harness;
using Lab.Benchmarks.Workloads;
using Lab.Maps;

namespace Lab.Benchmarks.Scenarios.Targets;

/// <summary>
/// Single-threaded, uncontended updates of existing keys to new values: the write cost of COW vs
/// sharded COW per write at each size, and a lock-free CAS write vs a locked COW write. The size
/// never changes; the cost counters per write are exported beside the time.
/// </summary>
[BenchmarkCategory("targets")]
public class TargetUpdateBenchmarks
{
    public const int UpdatesPerInvoke = 16;
    private const int bufferLength = 1 << 12;

    private IConcurrentMap<int, int> map = null!;
    private int[] buffer = [];
    private int cursor;
    private int stamp;
    private long invocations;
    private CounterProbe probe = null!;

    public static IEnumerable<CellParameter> Cells()
        => TargetOperations.Cells(TargetOperations.Update, BenchmarkProfile.Current).Select(cell => new CellParameter(cell));

    [ParamsSource(nameof(Cells))]
    public CellParameter Cell { get; set; } = null!;

    private TargetCell Definition => (TargetCell)Cell.Definition;

    [GlobalSetup]
    public void Setup()
    {
        Prepare();
        TieringWarmup.Run(() => Update(), Console.Out);
        invocations = 0; // the warm-up's writes are not BenchmarkDotNet's: count from here
        probe = CounterProbe.Start(map as IMapCostCounters);
    }

    /// <summary>The setup without the tiering warm-up (the in-process paired runner warms both builds in turns).</summary>
    internal void Prepare()
    {
        var keys = KeySets.Integers(Definition.Size);
        map = MapFactory.Create(Definition.Map, keys);
        buffer = Array.ConvertAll(TargetOperations.KeyIndexStream(Definition.Size, bufferLength), index => keys[index]);
    }

    [Benchmark(OperationsPerInvoke = UpdatesPerInvoke)]
    public int Update()
    {
        var target = map;
        foreach (var key in buffer.AsSpan(cursor, UpdatesPerInvoke))
        {
            target.Set(key, ++stamp);
        }

        cursor = (cursor + UpdatesPerInvoke) & (bufferLength - 1);
        invocations++;
        return stamp;
    }

    [GlobalCleanup]
    public void Cleanup() => probe.Finish(Cell.Definition.Id, invocations * UpdatesPerInvoke);
}
