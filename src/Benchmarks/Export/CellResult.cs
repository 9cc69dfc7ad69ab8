using BenchmarkDotNet.Mathematics;

namespace Lab.Benchmarks.Export;

/// <summary>
/// What BenchmarkDotNet measured for one cell, per BenchmarkDotNet operation (before division by
/// <see cref="CellInfo.OperationsPerBenchmarkOperation"/>). The seam between BenchmarkDotNet's
/// report and the CSV rows, so the row arithmetic is testable without running a benchmark.
/// </summary>
internal sealed record CellResult(
    CellInfo Cell,
    string Benchmark,
    Statistics Statistics,
    IReadOnlyList<IterationTime> Iterations,
    double? BytesPerBenchmarkOperation,
    double? Gen0PerBenchmarkOperation,
    double? Gen1PerBenchmarkOperation,
    double? Gen2PerBenchmarkOperation,
    double? LockContentionsPerBenchmarkOperation,
    double? WorkItemsPerBenchmarkOperation);
