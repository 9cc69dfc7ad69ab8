using BenchmarkDotNet.Attributes;
using Lab.Benchmarks.Scenarios.Targets;
using Lab.Benchmarks.Workloads;
using Lab.Maps;

namespace Lab.Benchmarks.Sizing;

/// <summary>
/// What the shard count of <see cref="ShardedCowMap{TKey, TValue}"/> buys and costs, to choose its
/// default: an uncontended update clones one shard (cheaper with more shards), a lookup is
/// unaffected, and <c>Count</c> plus <c>Snapshot()</c> visit every shard (dearer with more shards).
/// Not part of any profile: run it with <c>--filter '*ShardCount*'</c>.
/// </summary>
[BenchmarkCategory("sizing")]
[MemoryDiagnoser]
public class ShardCountBenchmarks
{
    private const int operationsPerInvoke = 16;
    private const int bufferLength = 1 << 12;

    private ShardedCowMap<int, int> map = null!;
    private int[] buffer = [];
    private int cursor;
    private int stamp;

    [Params(1, 4, 16, 64, 256)]
    public int Shards { get; set; }

    [Params(10_000, 100_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var keys = KeySets.Integers(Size);
        map = new ShardedCowMap<int, int>(keys.Select(key => KeyValuePair.Create(key, key)), comparer: null, Shards);
        buffer = Array.ConvertAll(TargetOperations.KeyIndexStream(Size, bufferLength), index => keys[index]);
    }

    [Benchmark(OperationsPerInvoke = operationsPerInvoke)]
    public int Update()
    {
        foreach (var key in NextKeys())
        {
            map.Set(key, ++stamp);
        }

        return stamp;
    }

    [Benchmark(OperationsPerInvoke = operationsPerInvoke)]
    public long Lookup()
    {
        var sum = 0L;
        foreach (var key in NextKeys())
        {
            sum += map.TryGetValue(key, out var value) ? value : 0;
        }

        return sum;
    }

    [Benchmark]
    public int CountAndSnapshot() => map.Count + map.Snapshot().Count;

    private ReadOnlySpan<int> NextKeys()
    {
        var keys = buffer.AsSpan(cursor, operationsPerInvoke);
        cursor = (cursor + operationsPerInvoke) & (bufferLength - 1);
        return keys;
    }
}
