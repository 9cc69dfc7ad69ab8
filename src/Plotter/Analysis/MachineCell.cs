namespace Lab.Plotter.Analysis;

/// <summary>
/// One matrix cell on one machine: its winner and every recommendable map's mean time over the winner's,
/// both from that machine's own rows (ratios are never formed across machines).
/// </summary>
/// <param name="Verdict">The machine's verdict of the cell.</param>
/// <param name="RatioToBest">Map id to its ns/op over the winner's (the winner 1), maps the machine measured.</param>
internal sealed record MachineCell(CellVerdict Verdict, IReadOnlyDictionary<string, double> RatioToBest)
{
    /// <summary>The map with the lowest mean time.</summary>
    public string Winner => Verdict.Leader.Cell.Map;

    /// <summary>True when this machine could not tell <paramref name="map"/> from its winner (tied or undecided), or it is the winner.</summary>
    public bool CannotSeparate(string map) => map == Winner || Verdict.TiedWith.Contains(map) || Verdict.Undecided.Contains(map);
}
