using BenchmarkDotNet.Attributes;
using Lab.Benchmarks.Harness;
using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Scenarios.Targets;

/// <summary>
/// Single-threaded whole-map operations of the persistent maps and their baselines: one
/// enumeration of every entry (<see cref="TargetOperations.Enumerate"/>) or one build from all
/// pairs (<see cref="TargetOperations.Create"/>). One BenchmarkDotNet operation is one whole
/// enumeration or build, so time and bytes are per map, not per entry.
/// </summary>
[BenchmarkCategory("targets")]
public class TargetBulkBenchmarks
{
    private Func<long> operation = null!;

    public static IEnumerable<CellParameter> Cells()
        => TargetOperations.Cells(TargetOperations.Enumerate, BenchmarkProfile.Current)
            .Concat(TargetOperations.Cells(TargetOperations.Create, BenchmarkProfile.Current))
            .Select(cell => new CellParameter(cell));

    [ParamsSource(nameof(Cells))]
    public CellParameter Cell { get; set; } = null!;

    private TargetCell Definition => (TargetCell)Cell.Definition;

    [GlobalSetup]
    public void Setup()
    {
        Prepare();
        TieringWarmup.Run(() => Run(), Console.Out);
    }

    /// <summary>The setup without the tiering warm-up (the in-process paired runner warms both builds in turns).</summary>
    internal void Prepare()
    {
        var pairs = KeySets.Prefill(KeySets.Integers(Definition.Size)).ToArray();
        operation = Definition.Operation == TargetOperations.Enumerate
            ? BulkOperations.Enumeration(Definition.Map, pairs)
            : BulkOperations.Creation(Definition.Map, pairs);
    }

    [Benchmark]
    public long Run() => operation();
}
