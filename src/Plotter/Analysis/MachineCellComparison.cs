namespace Lab.Plotter.Analysis;

/// <summary>
/// One matrix cell (keys, threads, mix, size) measured on every compared machine: each machine's winner and
/// ratios, whether the winner changes, and the map whose ratio to its machine's best moves most between
/// machines (<see cref="Move"/>: its largest ratio over its smallest, 1 when it does not move).
/// </summary>
/// <param name="PerMachine">The cell on each machine, in the machines' order.</param>
/// <param name="Change">Whether the winner changes with the machine.</param>
/// <param name="MostMoved">The map whose ratio moves most, or null when no map was measured on every machine but the winners.</param>
/// <param name="Move">That map's largest ratio over its smallest (at least 1).</param>
internal sealed record MachineCellComparison(IReadOnlyList<MachineCell> PerMachine, WinnerChange Change, string? MostMoved, double Move)
{
    /// <summary>The cell's verdict on the first machine (its keys, threads, mix and size are every machine's).</summary>
    public CellVerdict First => PerMachine[0].Verdict;
}
