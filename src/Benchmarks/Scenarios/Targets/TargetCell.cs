using System.Globalization;
using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Scenarios.Targets;

/// <summary>
/// One single-threaded design-target cell: an operation on one map at one size, uniform integer
/// keys. The benchmark declares its own <c>OperationsPerInvoke</c>, so BenchmarkDotNet's figures are
/// already per map operation.
/// </summary>
public sealed record TargetCell(string Map, string Operation, int Size) : IBenchmarkCell
{
    public string Scenario => "targets";

    public string Mix => Operation;

    public int? ReadPercent => null;

    public int Threads => 1;

    public string Keys => KeyDistribution.Uniform;

    public long OperationsPerBenchmarkOperation => 1;

    public TimeSpan EstimatedOperationTime
        => TimeSpan.FromTicks((long)(Operation switch
        {
            TargetOperations.Lookup or TargetOperations.LookupShuffled or TargetOperations.Enumerate
                => CostModel.ReadNs(Map, Size, Keys) * (Operation == TargetOperations.Enumerate ? Size / 5.0 : 1),
            TargetOperations.Create => CostModel.WriteNs("hamt", Size, Keys) * Size / 4,
            _ => CostModel.WriteNs(Map, Size, Keys),
        } / 100));

    public string DisplayText => $"{Map}/{Operation}/{Size}";

    public string SourceCode()
        => string.Create(CultureInfo.InvariantCulture, $"new {typeof(TargetCell).FullName}(\"{Map}\", \"{Operation}\", {Size})");

    public override string ToString() => DisplayText;
}
