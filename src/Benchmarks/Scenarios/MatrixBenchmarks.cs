using BenchmarkDotNet.Attributes;
using Lab.Benchmarks.Diagnostics;
using Lab.Benchmarks.Harness;
using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Scenarios;

/// <summary>
/// The threaded read/write matrix. One BenchmarkDotNet operation is one harness invocation
/// (<see cref="MatrixCell.OperationsPerBenchmarkOperation"/> map operations over all workers); the
/// exporter and the <c>ns/op</c> column divide by it.
/// </summary>
[BenchmarkCategory("matrix")]
public class MatrixBenchmarks
{
    private IInvocationHarness? harness;
    private CounterProbe? probe;
    private long invocations;

    /// <summary>The cells of the current profile (see <see cref="BenchmarkProfile.Current"/>).</summary>
    public static IEnumerable<CellParameter> Cells()
        => MatrixCells.For(BenchmarkProfile.Current, Environment.ProcessorCount).Cells.Select(cell => new CellParameter(cell));

    [ParamsSource(nameof(Cells))]
    public CellParameter Cell { get; set; } = null!;

    private MatrixCell Definition => (MatrixCell)Cell.Definition;

    [GlobalSetup]
    public void Setup() => (harness, probe) = MatrixWorkload.Build(Definition);

    [Benchmark]
    public long Run()
    {
        invocations++;
        return harness!.RunInvocation();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // After a failed setup there is nothing to count or stop; the setup's exception is the report.
        if (harness is null)
        {
            return;
        }

        probe?.Finish(Cell.Definition.Id, invocations * harness.WritesPerInvocation);
        harness.Dispose();
    }
}
