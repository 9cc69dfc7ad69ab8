using Lab.Benchmarks.Scenarios;
using Lab.Benchmarks.Scenarios.Targets;
using Lab.Benchmarks.Workloads;
using Lab.Results;

namespace Lab.Benchmarks.Paired;

/// <summary>
/// The in-process paired runner's contract (src/Paired): a host loads two builds of this assembly
/// into two <c>AssemblyLoadContext</c>s, finds this type by name in each, and drives both through
/// delegates of BCL types only, so nothing of either build's types crosses the boundary. Keep the
/// names and signatures stable: a build without them, or with a version the host does not know, is
/// compared in launch mode.
/// </summary>
public static class PairedSlices
{
    /// <summary>
    /// Version of this contract; the host refuses a build whose version it does not know. 1: single-threaded
    /// lookup targets, <c>Func&lt;int, long&gt;</c>. 2: every matrix cell of the three profiles and the lookup,
    /// update, insert, enumerate and create targets, with a four-element tuple. 3: the tuple of
    /// <see cref="Create"/>, which adds the map operations of one invocation (a matrix cell's invocation
    /// length depends on its map, so two maps' slices are compared per operation, not per invocation).
    /// </summary>
    public const int ContractVersion = 3;

    /// <summary>
    /// A runner of <paramref name="cell"/> (a cell id of measurements.csv), set up as its
    /// BenchmarkDotNet benchmark is (map prefilled, key or operation streams built, matrix workers
    /// started and parked) but not warmed: the host warms both builds in turns. Null for a cell this
    /// build cannot run in process.
    /// </summary>
    /// <returns>
    /// <c>Run(n)</c> runs n invocations of the benchmark (the timed slice) and returns a checksum of
    /// every read; <c>AfterSlice()</c>, called outside the timed region after every slice, restores the
    /// cell's state (an insert cell removes the keys it inserted; otherwise nothing);
    /// <c>Close()</c> releases the cell (stops the matrix workers); <c>MaxInvocations</c> is the most
    /// invocations a slice may hold (an insert slice may grow the map by at most as much as a
    /// BenchmarkDotNet iteration does), or <see cref="int.MaxValue"/>; <c>OperationsPerInvocation</c>
    /// is what BenchmarkDotNet divides an invocation's time by (a matrix invocation's map operations
    /// over all workers, a target's <c>OperationsPerInvoke</c>).
    /// </returns>
    public static (Func<int, long> Run, Action AfterSlice, Action Close, int MaxInvocations, long OperationsPerInvocation)? Create(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (!CellId.TryParse(cell, out var id))
        {
            return null;
        }

        if (MatrixCellOf(id) is { } matrixCell)
        {
            var (harness, _) = MatrixWorkload.Build(matrixCell, warmUp: false);
            return (Repeat(harness.RunInvocation), Nothing, harness.Dispose, int.MaxValue, harness.OperationsPerInvocation);
        }

        if (TargetCellOf(id) is not { } target)
        {
            return null;
        }

        var parameter = new CellParameter(target);
        switch (target.Operation)
        {
            case TargetOperations.Lookup or TargetOperations.LookupShuffled:
                var lookup = new TargetLookupBenchmarks { Cell = parameter };
                lookup.Prepare();
                return (Repeat(lookup.Lookup), Nothing, Nothing, int.MaxValue, TargetLookupBenchmarks.LookupsPerInvoke);
            case TargetOperations.Update:
                var update = new TargetUpdateBenchmarks { Cell = parameter };
                update.Prepare();
                return (Repeat(() => update.Update()), Nothing, Nothing, int.MaxValue, TargetUpdateBenchmarks.UpdatesPerInvoke);
            case TargetOperations.Enumerate or TargetOperations.Create:
                var bulk = new TargetBulkBenchmarks { Cell = parameter };
                bulk.Prepare();
                return (Repeat(bulk.Run), Nothing, Nothing, int.MaxValue, 1);
            case TargetOperations.Insert:
                var insert = new TargetInsertBenchmarks { Cell = parameter };
                insert.Prepare();
                return (Repeat(() => insert.Insert()), insert.RemoveInserted, Nothing, TargetInsertBenchmarks.InvocationsPerIteration, TargetInsertBenchmarks.InsertsPerInvoke);
            default:
                return null;
        }
    }

    private static void Nothing()
    {
    }

    private static Func<int, long> Repeat(Func<long> invocation) => invocations =>
    {
        var checksum = 0L;
        for (var i = 0; i < invocations; i++)
        {
            checksum += invocation();
        }

        return checksum;
    };

    /// <summary>The matrix cell of that id in the first profile (quick, default, full) that plans it on this machine.</summary>
    private static MatrixCell? MatrixCellOf(CellId cell)
        => cell.Scenario == ScenarioNames.Matrix
            ? BenchmarkProfile.All
                .SelectMany(profile => MatrixCells.For(profile, Environment.ProcessorCount).Cells)
                .FirstOrDefault(c => ((IBenchmarkCell)c).Id == cell)
            : null;

    /// <summary>The target cell of that id, when the operation is one of the targets' and measures that map.</summary>
    private static TargetCell? TargetCellOf(CellId cell)
        => cell is { Scenario: ScenarioNames.Targets, Size: > 0 and var size, Threads: 1, Keys: KeyDistributions.Uniform }
            && cell.Mix switch
            {
                TargetOperations.Lookup or TargetOperations.LookupShuffled => TargetOperations.LookupMaps.Contains(cell.Map),
                TargetOperations.Update => TargetOperations.UpdateMaps.Contains(cell.Map),
                TargetOperations.Insert => TargetOperations.InsertMaps.Contains(cell.Map),
                TargetOperations.Enumerate or TargetOperations.Create => TargetOperations.PersistentMaps.Contains(cell.Map),
                _ => false,
            }
                ? new TargetCell(cell.Map, cell.Mix, size)
                : null;
}
