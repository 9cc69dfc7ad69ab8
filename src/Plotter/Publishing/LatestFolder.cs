namespace Lab.Plotter.Publishing;

/// <summary>
/// Replaces <c>&lt;results&gt;/latest/</c> (or <c>latest-rate/</c> for a rate run) with a copy of a finished run folder (its CSVs, <c>charts/</c> and
/// REPORT.md) so that latest is always one whole run: the copy is built in a hidden staging folder beside
/// latest, then swapped in by two directory renames (latest out of the way, staging in). If copying fails,
/// the staging folder is deleted and latest is untouched; if the second rename fails, the previous latest is
/// moved back. The only visible transition is a moment in which latest is absent between the renames.
/// </summary>
internal static class LatestFolder
{
    /// <summary>The folder name of the copy of the newest published matrix run.</summary>
    public const string Name = "latest";

    /// <summary>The folder name of the copy of the newest published rate run (latency.csv, no summary.csv).</summary>
    public const string RateName = "latest-rate";

    /// <summary>The latest folder a run belongs in: a rate-only run must not replace the matrix run's latest.</summary>
    public static string NameFor(string runFolder)
        => !File.Exists(Path.Combine(runFolder, "summary.csv")) && File.Exists(Path.Combine(runFolder, "latency.csv")) ? RateName : Name;

    /// <summary>Makes <paramref name="name"/>, beside <paramref name="runFolder"/>, a copy of it; returns its path.</summary>
    /// <exception cref="IOException">Copying or renaming failed; the latest folder keeps its previous contents.</exception>
    public static string Replace(string runFolder, string name = Name)
    {
        var resultsRoot = Path.GetDirectoryName(Path.GetFullPath(runFolder))
            ?? throw new IOException($"'{runFolder}' has no parent folder to hold {name}/");
        var latest = Path.Combine(resultsRoot, name);
        var staging = Path.Combine(resultsRoot, $".{name}-staging-{Guid.NewGuid():N}");
        try
        {
            CopyTree(runFolder, staging);
        }
        catch
        {
            DeleteIfPresent(staging);
            throw;
        }

        if (!Directory.Exists(latest))
        {
            Directory.Move(staging, latest);
            return latest;
        }

        var retired = Path.Combine(resultsRoot, $".{name}-retired-{Guid.NewGuid():N}");
        Directory.Move(latest, retired);
        try
        {
            Directory.Move(staging, latest);
        }
        catch
        {
            Directory.Move(retired, latest);
            DeleteIfPresent(staging);
            throw;
        }

        Directory.Delete(retired, recursive: true);
        return latest;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        // Hidden folders are staging leftovers of an interrupted plot, never part of a run.
        foreach (var directory in Directory.EnumerateDirectories(from).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            CopyTree(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }

    private static void DeleteIfPresent(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
