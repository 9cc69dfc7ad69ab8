using System.Globalization;
using Lab.Benchmarks.Scenarios;
using Lab.Benchmarks.Scenarios.Targets;

namespace Lab.Benchmarks.Paired;

/// <summary>
/// The in-process paired runner's contract (src/Paired): a host loads two builds of this assembly
/// into two <c>AssemblyLoadContext</c>s, finds this type by name in each, and drives both through
/// delegates of BCL types only, so nothing of either build's types crosses the boundary. Keep the
/// names and signatures stable: a build without them is compared in launch mode.
/// </summary>
public static class PairedSlices
{
    /// <summary>Version of this contract; the host refuses a build whose version it does not know.</summary>
    public const int ContractVersion = 1;

    /// <summary>
    /// A runner of <paramref name="cell"/>: called with a number of invocations, runs them (each
    /// <see cref="TargetLookupBenchmarks.LookupsPerInvoke"/> lookups) and returns a checksum, which both
    /// builds must agree on. Set up like the BenchmarkDotNet benchmark (map prefilled, key stream,
    /// tiering warm-up). Null for a cell this version cannot run in process: today the single-threaded
    /// lookup targets, <c>targets/&lt;map&gt;/lookup/&lt;size&gt;/1/uniform</c>.
    /// </summary>
    public static Func<int, long>? Create(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Split('/') is not ["targets", var map, TargetOperations.Lookup, var sizeText, "1", "uniform"]
            || !int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || !TargetOperations.LookupMaps.Contains(map))
        {
            return null;
        }

        var benchmark = new TargetLookupBenchmarks { Cell = new CellParameter(new TargetCell(map, TargetOperations.Lookup, size)) };
        benchmark.Setup();
        return invocations =>
        {
            var checksum = 0L;
            for (var i = 0; i < invocations; i++)
            {
                checksum += benchmark.Lookup();
            }

            return checksum;
        };
    }
}
