using BenchmarkDotNet.Attributes;
using Lab.Benchmarks.Harness;
using Lab.Benchmarks.Workloads;
using Lab.Maps;

namespace Lab.Benchmarks.Scenarios.Targets;

/// <summary>
/// Single-threaded lookups of existing keys, <see cref="LookupsPerInvoke"/> per invocation from a
/// precomputed key buffer: uniform draws with repeats (<see cref="TargetOperations.Lookup"/>) or
/// consecutive shuffles of all keys (<see cref="TargetOperations.LookupShuffled"/>, so the buffer is
/// at least one full pass long). The layered map is measured with about 4% of its keys
/// overwritten after the build, so its override layer holds under 5% of the entries.
/// </summary>
[BenchmarkCategory("targets")]
public class TargetLookupBenchmarks
{
    public const int LookupsPerInvoke = 1024;
    private const int minBufferLength = 1 << 16;

    private IConcurrentMap<int, int> map = null!;
    private int[] buffer = [];
    private int cursor;

    public static IEnumerable<CellParameter> Cells()
        => TargetOperations.Cells(TargetOperations.Lookup, BenchmarkProfile.Current)
            .Concat(TargetOperations.Cells(TargetOperations.LookupShuffled, BenchmarkProfile.Current))
            .Select(cell => new CellParameter(cell));

    [ParamsSource(nameof(Cells))]
    public CellParameter Cell { get; set; } = null!;

    private TargetCell Definition => (TargetCell)Cell.Definition;

    [GlobalSetup]
    public void Setup()
    {
        Prepare();
        TieringWarmup.Run(() => Lookup(), Console.Out);
    }

    /// <summary>The setup without the tiering warm-up (the in-process paired runner warms both builds in turns).</summary>
    internal void Prepare()
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

        // A whole number of invocations long, so that an invocation never wraps; shuffled passes
        // cover every key at least once (the uniform buffer keeps its historical 64K length).
        var indexes = Definition.Operation == TargetOperations.LookupShuffled
            ? TargetOperations.ShuffledIndexStream(
                Definition.Size,
                Math.Max(minBufferLength, Definition.Size + LookupsPerInvoke - 1) / LookupsPerInvoke * LookupsPerInvoke)
            : TargetOperations.KeyIndexStream(Definition.Size, minBufferLength);
        buffer = Array.ConvertAll(indexes, index => keys[index]);
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

        cursor += LookupsPerInvoke;
        if (cursor == buffer.Length)
        {
            cursor = 0;
        }

        return sum;
    }
}
