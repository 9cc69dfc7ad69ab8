using Lab.Benchmarks.Harness;
using Lab.Benchmarks.Workloads;
using Lab.Maps;
using Lab.References;
using Lab.Results;

namespace Lab.Benchmarks.Scenarios;

/// <summary>
/// The matrix of a profile: every thread-safe catalog map plus <c>noop</c> over mixes x sizes x
/// threads x keys, and the unsynchronized <c>dictionary</c> only in single-threaded pure-read
/// cells. Invalid combinations are never generated; infeasible ones (one minimal invocation
/// estimated longer than the profile allows) are listed in <see cref="Plan.Skipped"/>.
/// </summary>
internal static class MatrixCells
{
    /// <summary>The planned cells and the skipped ones, with the reason.</summary>
    public sealed record Plan(IReadOnlyList<MatrixCell> Cells, IReadOnlyList<string> Skipped);

    private static readonly string dictionaryId = MapCatalog.Get(MapKind.Dictionary).Id;

    /// <summary>Map ids of the matrix, in report order: the harness row first.</summary>
    public static IReadOnlyList<string> MapIds { get; } =
        [NoopMap<int, int>.Id, .. LabMaps.ThreadSafe.Select(entry => entry.Id), dictionaryId];

    /// <summary>True when the map may run this mix on this many threads: the unsynchronized dictionary only alone and read-only.</summary>
    public static bool IsValid(string map, Mix mix, int threads)
        => map != dictionaryId || (threads == 1 && mix.ReadPermille == 1000);

    public static Plan For(BenchmarkProfile profile, int cores)
    {
        var cells = new List<MatrixCell>();
        var skipped = new List<string>();
        var targetNs = profile.TargetInvocationMs * 1e6;
        foreach (var keys in profile.Keys)
        {
            foreach (var size in profile.Sizes)
            {
                foreach (var mix in profile.Mixes)
                {
                    // 1 thread is always a candidate: the dictionary baseline row lives there.
                    var profileThreads = profile.ThreadCounts(cores);
                    foreach (var threads in profileThreads.Union([1]))
                    {
                        foreach (var map in MapIds)
                        {
                            var wanted = IsValid(map, mix, threads)
                                && (profileThreads.Contains(threads) || map == dictionaryId)
                                && (keys == KeyDistribution.Uniform || profile.NonUniformMaps is null || profile.NonUniformMaps.Contains(map));
                            if (!wanted)
                            {
                                continue;
                            }

                            var minimalNs = CostModel.InvocationNs(map, mix, size, threads, keys, mix.BlockSize, cores);
                            var id = new CellId(ScenarioNames.Matrix, map, mix.Id, size, threads, keys);
                            if (minimalNs > profile.MaxInvocationMs * 1e6)
                            {
                                skipped.Add($"{id}: one invocation of {mix.BlockSize} ops per thread is estimated at {minimalNs / 1e6:F0} ms (limit {profile.MaxInvocationMs:F0} ms)");
                                continue;
                            }

                            var opsPerThread = CostModel.OpsPerThread(map, mix, size, threads, keys, targetNs, cores);
                            cells.Add(new MatrixCell(map, mix.Id, size, threads, keys, opsPerThread, cores));
                        }
                    }
                }
            }
        }

        return new Plan(cells, skipped);
    }
}
