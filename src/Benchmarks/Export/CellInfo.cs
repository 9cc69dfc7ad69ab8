using Lab.Results;

namespace Lab.Benchmarks.Export;

/// <summary>The contract's cell columns of one benchmark case, and the divisor to per-map-operation figures.</summary>
internal sealed record CellInfo(
    string Scenario,
    string Map,
    string Mix,
    int? ReadPercent,
    int? Size,
    int Threads,
    string Keys,
    long OperationsPerBenchmarkOperation)
{
    /// <summary>The stable id <c>scenario/map/mix/size/threads/keys</c>.</summary>
    public CellId Id => new(Scenario, Map, Mix, Size, Threads, Keys);
}
