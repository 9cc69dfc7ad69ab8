using Lab.Results;

namespace Lab.Benchmarks.Scenarios;

/// <summary>
/// The identity of one benchmark cell as the CSV contract (results/README.md) names it, carried
/// by the benchmark's parameter so the exporter needs no knowledge of the scenario.
/// </summary>
public interface IBenchmarkCell
{
    /// <summary><c>matrix</c>, <c>targets</c> or <c>store</c>.</summary>
    string Scenario { get; }

    /// <summary>Catalog id, or <c>noop</c>.</summary>
    string Map { get; }

    /// <summary>Mix id (matrix) or operation (targets).</summary>
    string Mix { get; }

    /// <summary>Reads in percent for matrix mixes; <see langword="null"/> otherwise.</summary>
    int? ReadPercent { get; }

    /// <summary>Entries prefilled before timing.</summary>
    int Size { get; }

    /// <summary>Worker threads.</summary>
    int Threads { get; }

    /// <summary>Key distribution id.</summary>
    string Keys { get; }

    /// <summary>
    /// Map operations per BenchmarkDotNet operation: what BenchmarkDotNet's per-operation figures
    /// are divided by to get figures per map operation (1 when the benchmark declares
    /// <c>OperationsPerInvoke</c> itself).
    /// </summary>
    long OperationsPerBenchmarkOperation { get; }

    /// <summary>Estimated duration of one BenchmarkDotNet operation, for the run-time estimate.</summary>
    TimeSpan EstimatedOperationTime { get; }

    /// <summary>C# expression that recreates this cell in a generated benchmark process.</summary>
    string SourceCode();

    /// <summary>The stable cell id: <c>scenario/map/mix/size/threads/keys</c>.</summary>
    CellId Id => new(Scenario, Map, Mix, Size, Threads, Keys);
}
