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

    /// <inheritdoc/>
    public override string ToString() => $"{Cells[0].Size}/{Cells[0].Readers}/{Cells[0].Gc.Id} replicate {Replicate}";
}
