using BenchmarkDotNet.Attributes;
using Lab.Benchmarks.Harness;
using Lab.Benchmarks.Workloads;
using Lab.Maps;

namespace Lab.Benchmarks.Scenarios.Targets;

/// <summary>
/// Single-threaded lookups of existing keys, <see cref="LookupsPerInvoke"/> per invocation from a
/// precomputed uniform key buffer. The layered map is measured with about 4% of its keys
/// overwritten after the build, so its override layer holds under 5% of the entries.
/// </summary>
[BenchmarkCategory("targets")]
public class TargetLookupBenchmarks
{
    public const int LookupsPerInvoke = 1024;
    private const int bufferLength = 1 << 16;

    private IConcurrentMap<int, int> map = null!;
    private int[] buffer = [];
    private int cursor;

    public static IEnumerable<CellParameter> Cells()
        => TargetOperations.Cells(TargetOperations.Lookup, BenchmarkProfile.Current).Select(cell => new CellParameter(cell));

    [ParamsSource(nameof(Cells))]
    public CellParameter Cell { get; set; } = null!;

    private TargetCell Definition => (TargetCell)Cell.Definition;

    [GlobalSetup]
    public void Setup()
    {
        var keys = KeySets.Integers(Definition.Size);
        map = MapFactory.Create(Definition.Map, keys);
        if (Definition.Map == "layered")
        {
            for (var i = 0; i < keys.Length; i += 25)
            {
                map.Set(keys[i], -i);
            }
        }

        buffer = Array.ConvertAll(TargetOperations.KeyIndexStream(Definition.Size, bufferLength), index => keys[index]);
        TieringWarmup.Run(() => Lookup(), Console.Out);
    }

    [Benchmark(OperationsPerInvoke = LookupsPerInvoke)]
    public long Lookup()
    {
        var target = map;
        var keys = buffer.AsSpan(cursor, LookupsPerInvoke);
        var sum = 0L;
        foreach (var key in keys)
        {
            if (target.TryGetValue(key, out var value))
            {
                sum += value + 1;
            }
        }

        cursor = (cursor + LookupsPerInvoke) & (bufferLength - 1);
        return sum;
    }
}
