using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Lab.Benchmarks.Harness;
using Lab.Benchmarks.Workloads;
using Lab.Maps;

namespace Lab.Benchmarks.Sizing;

/// <summary>
/// What the read indicator's striping (<see cref="ReadIndicatorStriping"/>) of
/// <see cref="LeftRightMap{TKey, TValue}"/> costs a reader, to choose its default: per-processor
/// counters, per-thread counters, or one shared counter every reader writes. Reported per
/// operation of one worker (the invocation is the slowest worker's <c>OperationsPerThread</c>
/// operations), so a striping that scales keeps its figure flat from one reader to one per core;
/// at 99% reads the writer's flips and waits are in it too. Not part of any profile: run it with
/// <c>--filter '*ReadIndicator*'</c>.
/// </summary>
[BenchmarkCategory("sizing")]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet owns the lifetime: the harness is disposed in [GlobalCleanup].")]
public class ReadIndicatorBenchmarks
{
    private const int opsPerThread = 16_000; // a multiple of every mix's block

    private ThreadedHarness<int>? harness;

    [Params(ReadIndicatorStriping.PerProcessor, ReadIndicatorStriping.PerThread, ReadIndicatorStriping.Shared)]
    public ReadIndicatorStriping Striping { get; set; }

    [ParamsSource(nameof(ReaderCounts))]
    public int Threads { get; set; }

    [Params("read100", "read99")]
    public string Mix { get; set; } = "read100";

    [Params(1_000, 100_000)]
    public int Size { get; set; }

    /// <summary>One worker, and one per core.</summary>
    public static IEnumerable<int> ReaderCounts() => new[] { 1, Environment.ProcessorCount }.Distinct();

    [GlobalSetup]
    public void Setup()
    {
        var keys = KeySets.Integers(Size);
        var map = new LeftRightMap<int, int>(KeySets.Prefill(keys), comparer: null, Striping);
        var streams = StreamBuilder.Build(Workloads.Mix.Get(Mix), KeyDistribution.Uniform, Size, Threads, opsPerThread);
        harness = new ThreadedHarness<int>(map, keys, streams);
    }

    [Benchmark(OperationsPerInvoke = opsPerThread)]
    public long Run() => harness!.RunInvocation();

    [GlobalCleanup]
    public void Cleanup() => harness?.Dispose();
}
