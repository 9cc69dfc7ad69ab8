using System.Globalization;
using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Scenarios;

/// <summary>
/// One valid cell of the matrix: map x mix x size x threads x keys, with the number of operations
/// each worker performs per invocation. Its display text is the benchmark id's parameter part and
/// stays stable (history key); <see cref="OpsPerThread"/> is a sizing choice, not part of the id.
/// </summary>
public sealed record MatrixCell(string Map, string MixId, int Size, int Threads, string Keys, int OpsPerThread, int Cores)
    : IBenchmarkCell
{
    internal Mix MixDefinition => Workloads.Mix.Get(MixId);

    public string Scenario => "matrix";

    public string Mix => MixId;

    public int? ReadPercent => MixDefinition.ReadPercent;

    public long OperationsPerBenchmarkOperation => (long)Threads * OpsPerThread;

    public TimeSpan EstimatedOperationTime
        => TimeSpan.FromTicks((long)(CostModel.InvocationNs(Map, MixDefinition, Size, Threads, Keys, OpsPerThread, Cores) / 100));

    public string DisplayText => $"{Map}/{MixId}/{Size}/{Threads}/{Keys}";

    /// <summary>How a benchmark process rebuilds this cell: every field, so nothing is recomputed there.</summary>
    public string SourceCode()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"new {typeof(MatrixCell).FullName}(\"{Map}\", \"{MixId}\", {Size}, {Threads}, \"{Keys}\", {OpsPerThread}, {Cores})");

    public override string ToString() => DisplayText;
}
