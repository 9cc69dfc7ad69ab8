namespace Lab.Plotter.Input;

/// <summary>
/// Every iteration of one side (base or diff) of a comparison, per cell and per launch, pooled across
/// the side's folders. Folders are rounds of the same build, each numbering its launches from 1;
/// pooled, they count as consecutive launches (round 2's launch 1 follows round 1's last launch), and
/// each launch keeps its round (the folder's position) so rounds of two sides can be paired.
/// </summary>
internal sealed class SideSamples
{
    private readonly Dictionary<string, CellSamples> byCell;

    private SideSamples(IReadOnlyList<string> folders, Dictionary<string, CellSamples> byCell, int launches)
    {
        Folders = folders;
        this.byCell = byCell;
        Launches = launches;
    }

    /// <summary>The folders pooled into this side, in the order given.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>Rounds: the folders pooled into this side.</summary>
    public int Rounds => Folders.Count;

    /// <summary>Launches over all folders: the sum of each folder's highest launch index.</summary>
    public int Launches { get; }

    /// <summary>Cell ids present on this side.</summary>
    public IReadOnlyCollection<string> Cells => byCell.Keys;

    /// <summary>The iterations of <paramref name="cell"/>, by launch, in file order within a launch.</summary>
    public CellSamples this[string cell] => byCell[cell];

    /// <summary>
    /// Reads and pools <paramref name="folders"/>; each must hold a measurements.csv whose cell, launch,
    /// iteration and ns_per_op columns are valid (<see cref="MeasurementRow.ReadIterations"/>: other columns,
    /// which a run of another commit may have, are ignored).
    /// </summary>
    public static SideSamples Load(IReadOnlyList<string> folders) => Load(folders, Read);

    /// <summary>Pools the iterations <paramref name="read"/> gives for each of <paramref name="folders"/>, in file order.</summary>
    public static SideSamples Load(IReadOnlyList<string> folders, Func<string, IReadOnlyList<(string Cell, int Launch, double NsPerOp)>> read)
    {
        var byCell = new Dictionary<string, CellSamples>(StringComparer.Ordinal);
        var launchOffset = 0;
        for (var round = 0; round < folders.Count; round++)
        {
            var rows = read(folders[round]);
            foreach (var (cell, launch, nsPerOp) in rows)
            {
                if (!byCell.TryGetValue(cell, out var samples))
                {
                    samples = new CellSamples();
                    byCell.Add(cell, samples);
                }

                samples.Add(round, launchOffset + launch - 1, nsPerOp);
            }

            launchOffset += rows.Max(r => r.Launch);
        }

        foreach (var samples in byCell.Values)
        {
            samples.Compact();
        }

        return new SideSamples(folders, byCell, launchOffset);
    }

    private static IReadOnlyList<(string Cell, int Launch, double NsPerOp)> Read(string folder)
        => Directory.Exists(folder)
            ? [.. MeasurementRow.ReadIterations(Path.Combine(folder, ResultFiles.Measurements)).Select(row => (row.Cell, row.Launch, row.NsPerOp))]
            : throw new CompareInputException($"results folder not found: {folder}");
}
