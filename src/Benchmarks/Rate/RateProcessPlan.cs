namespace Lab.Benchmarks.Rate;

/// <summary>
/// One child process of a rate run: replicate <paramref name="Replicate"/> of one cell group (size x readers x
/// GC mode), its <paramref name="Cells"/> in measuring order (maps in <see cref="MapOrder"/>'s order, each
/// map's rates ascending so its heaviest garbage comes last).
/// </summary>
/// <param name="Replicate">1-based replicate.</param>
/// <param name="Cells">The cells, all of one group and replicate.</param>
internal sealed record RateProcessPlan(int Replicate, IReadOnlyList<RateCell> Cells)
{
    /// <summary>The maps in measuring order.</summary>
    public IReadOnlyList<string> MapOrder => [.. Cells.Select(cell => cell.Map).Distinct()];

    /// <summary>
    /// The processes of <paramref name="cells"/> (in run order, as <see cref="RateProfile.Cells"/> lists them):
    /// consecutive cells of one process group and replicate make one process. A shard's cells (whole groups)
    /// give back the same processes as the whole run.
    /// </summary>
    public static IReadOnlyList<RateProcessPlan> Of(IEnumerable<RateCell> cells)
    {
        var processes = new List<RateProcessPlan>();
        var current = new List<RateCell>();
        foreach (var cell in cells)
        {
            if (current.Count > 0 && current[0].ProcessGroup != cell.ProcessGroup)
            {
                processes.Add(new RateProcessPlan(current[0].Replicate, current));
                current = [];
            }

            current.Add(cell);
        }

        if (current.Count > 0)
        {
            processes.Add(new RateProcessPlan(current[0].Replicate, current));
        }

        return processes;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Cells[0].Size}/{Cells[0].Readers}/{Cells[0].Gc.Id} replicate {Replicate}";
}
