namespace Lab.Plotter.Analysis;

/// <summary>
/// Machines side by side: for every matrix cell measured on all of them, each machine's winner (judged by
/// <see cref="WinnerJudge"/> within that machine), whether it changes, and how far the maps' ratios to their
/// machine's best move. Only ratios within one machine are formed: an absolute time is never compared across
/// machines, whose clocks, cores and caches differ.
/// </summary>
/// <param name="Machines">The machines, in the order given.</param>
/// <param name="Cells">The cells every machine measured, in the first machine's verdict order.</param>
/// <param name="CellsNotOnAll">Cells some but not all machines measured (left out of <paramref name="Cells"/>).</param>
internal sealed record MachineComparison(IReadOnlyList<MachineRun> Machines, IReadOnlyList<MachineCellComparison> Cells, int CellsNotOnAll)
{
    /// <summary>Compares <paramref name="machines"/> (at least two).</summary>
    public static MachineComparison Compare(IReadOnlyList<MachineRun> machines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(machines.Count, 2);
        var byMachine = machines.Select(machine => machine.Verdicts.ToDictionary(Key)).ToList();
        var allKeys = byMachine.SelectMany(verdicts => verdicts.Keys).Distinct().ToList();
        var cells = new List<MachineCellComparison>();
        foreach (var verdict in machines[0].Verdicts)
        {
            var key = Key(verdict);
            if (byMachine.Any(verdicts => !verdicts.ContainsKey(key)))
            {
                continue;
            }

            cells.Add(CompareCell([.. machines.Select((machine, i) => Cell(machine.Matrix, byMachine[i][key]))]));
        }

        return new MachineComparison(machines, cells, allKeys.Count - cells.Count);
    }

    private static MachineCellComparison CompareCell(IReadOnlyList<MachineCell> perMachine)
    {
        var change = perMachine.Select(cell => cell.Winner).Distinct().Count() == 1
            ? WinnerChange.Same
            : perMachine.Any(cell => perMachine.Any(other => !cell.CannotSeparate(other.Winner))) ? WinnerChange.Changes : WinnerChange.WithinTies;
        var moves = perMachine[0].RatioToBest.Keys
            .Where(map => perMachine.All(cell => cell.RatioToBest.ContainsKey(map)))
            .Select(map => (Map: map, Move: perMachine.Max(cell => cell.RatioToBest[map]) / perMachine.Min(cell => cell.RatioToBest[map])))
            .OrderByDescending(move => move.Move)
            .ThenBy(move => MapIds.OrderOf(move.Map))
            .ToList();
        return moves.Count == 0 || moves[0].Move <= 1
            ? new MachineCellComparison(perMachine, change, null, 1)
            : new MachineCellComparison(perMachine, change, moves[0].Map, moves[0].Move);
    }

    private static MachineCell Cell(MatrixView matrix, CellVerdict verdict)
    {
        var ratios = matrix.Maps
            .Where(MapIds.IsRecommendable)
            .Select(map => matrix.Find(map, verdict.Mix, verdict.Size, verdict.Threads, verdict.Keys))
            .OfType<SummaryRow>()
            .ToDictionary(row => row.Cell.Map, row => row.NsPerOp / verdict.Leader.NsPerOp, StringComparer.Ordinal);
        return new MachineCell(verdict, ratios);
    }

    private static (string Keys, int Threads, string Mix, int Size) Key(CellVerdict verdict) => (verdict.Keys, verdict.Threads, verdict.Mix, verdict.Size);
}
