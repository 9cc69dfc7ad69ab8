using Lab.References;
using Lab.Results;

namespace Lab.Benchmarks.CloseCalls;

/// <summary>
/// Picks a matrix run's close calls from its summary rows: per matrix cell (mix, size, threads, keys) the
/// recommendable maps (thread-safe catalog entries and reference rows, <see cref="LabMaps.ThreadSafe"/>, as the
/// report ranks them) ordered by mean ns/op, ties by catalog order; a cell is a close call when it has two such maps
/// and the runner-up's mean over the leader's is below e^<see cref="CloseCallRow.NoiseLogRatio"/>.
/// </summary>
internal static class CloseCallSelection
{
    /// <summary>The close calls, closest first (then by cell id), so a cap keeps the calls most likely to flip.</summary>
    public static IReadOnlyList<CloseCall> Select(IEnumerable<SummaryRow> summary)
    {
        var order = LabMaps.All.Select((entry, index) => (entry.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var recommendable = LabMaps.ThreadSafe.Select(entry => entry.Id).ToHashSet(StringComparer.Ordinal);
        var calls = new List<CloseCall>();
        foreach (var cell in summary
            .Where(row => row.Cell.Scenario == ScenarioNames.Matrix && recommendable.Contains(row.Cell.Map) && row.NsPerOp > 0)
            .GroupBy(row => row.Cell.WithMap(CellId.MapPlaceholder)))
        {
            var ranked = cell.OrderBy(row => row.NsPerOp).ThenBy(row => order[row.Cell.Map]).Take(2).ToList();
            if (ranked is [var leader, var runnerUp] && Math.Log(runnerUp.NsPerOp / leader.NsPerOp) < CloseCallRow.NoiseLogRatio)
            {
                calls.Add(new CloseCall(cell.Key, leader.Cell.Map, runnerUp.Cell.Map, runnerUp.NsPerOp / leader.NsPerOp));
            }
        }

        return [.. calls.OrderBy(call => call.LaunchRatio).ThenBy(call => call.Template.ToString(), StringComparer.Ordinal)];
    }
}
