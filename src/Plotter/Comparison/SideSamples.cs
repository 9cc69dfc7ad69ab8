namespace Lab.Plotter.Comparison;

/// <summary>
/// Every iteration of one side (base or diff) of a comparison, pooled per cell across the side's
/// folders. Folders are rounds of the same build, each numbering its launches from 1; pooled, they
/// count as consecutive launches (round 2's launch 1 follows round 1's last launch).
/// </summary>
internal sealed class SideSamples
{
    private readonly Dictionary<string, List<double>> byCell;

    private SideSamples(IReadOnlyList<string> folders, Dictionary<string, List<double>> byCell, int launches)
    {
        Folders = folders;
        this.byCell = byCell;
        Launches = launches;
    }

    /// <summary>The folders pooled into this side, in the order given.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>Launches over all folders: the sum of each folder's highest launch index.</summary>
    public int Launches { get; }

    /// <summary>Cell ids present on this side.</summary>
    public IReadOnlyCollection<string> Cells => byCell.Keys;

    /// <summary>ns/op of every iteration of <paramref name="cell"/>, in file order.</summary>
    public IReadOnlyList<double> this[string cell] => byCell[cell];

    /// <summary>Reads and pools <paramref name="folders"/>; each must hold a valid measurements.csv.</summary>
    public static SideSamples Load(IMeasurementSource source, IReadOnlyList<string> folders)
    {
        var byCell = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var launchOffset = 0;
        foreach (var folder in folders)
        {
            var rows = source.Read(folder);
            if (rows.Count == 0)
            {
                throw new CompareInputException($"{Path.Combine(folder, CsvMeasurementSource.FileName)}: no measurements (header only)");
            }

            foreach (var row in rows)
            {
                if (!byCell.TryGetValue(row.Cell, out var values))
                {
                    values = [];
                    byCell.Add(row.Cell, values);
                }

                values.Add(row.NsPerOp);
            }

            launchOffset += rows.Max(r => r.Launch);
        }

        return new SideSamples(folders, byCell, launchOffset);
    }
}
