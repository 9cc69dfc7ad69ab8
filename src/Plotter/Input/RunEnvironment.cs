namespace Lab.Plotter.Input;

/// <summary>
/// A run folder's environment.csv as the plotter accepts it: one row, or a merged sharded run's rows
/// (<c>merge</c>), one per machine, each listing the shards it ran. Any other second row (a row without
/// shards, a machine twice) is rejected with its file and line.
/// </summary>
internal static class RunEnvironment
{
    /// <summary>The rows of <paramref name="folder"/>'s environment.csv; throws <see cref="ResultsFileException"/> on bad input.</summary>
    public static IReadOnlyList<EnvironmentRow> Read(string folder)
    {
        var path = Path.Combine(folder, ResultFiles.Environment);
        var rows = EnvironmentRow.ReadAll(path);
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (rows.Any(other => other.Shards.IsEmpty) || rows.Take(i).Any(other => other.Machine == row.Machine))
            {
                throw new ResultsFileException(path, i + 2, null, "expected exactly one data row, or one per machine of a merged sharded run (each with its shards, no machine twice)");
            }
        }

        return rows;
    }
}
