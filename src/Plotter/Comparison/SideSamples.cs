namespace Lab.Plotter.Comparison;

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

    /// <summary>Reads and pools <paramref name="folders"/>; each must hold a valid measurements.csv.</summary>
    public static SideSamples Load(IMeasurementSource source, IReadOnlyList<string> folders)
    {
        var byCell = new Dictionary<string, CellSamples>(StringComparer.Ordinal);
        var launchOffset = 0;
        for (var round = 0; round < folders.Count; round++)
        {
            var folder = folders[round];
            var rows = source.Read(folder);
            if (rows.Count == 0)
            {
                throw new CompareInputException($"{Path.Combine(folder, CsvMeasurementSource.FileName)}: no measurements (header only)");
            }

            foreach (var row in rows)
            {
                if (!byCell.TryGetValue(row.Cell, out var samples))
                {
                    samples = new CellSamples();
                    byCell.Add(row.Cell, samples);
                }

                samples.Add(round, launchOffset + row.Launch - 1, row.NsPerOp);
            }

            launchOffset += rows.Max(r => r.Launch);
        }

        foreach (var samples in byCell.Values)
        {
            samples.Compact();
        }

        return new SideSamples(folders, byCell, launchOffset);
    }
}
