namespace Lab.Benchmarks.Export;

/// <summary>
/// Publishes a run's files so that neither <c>results/&lt;run-id&gt;/</c> nor <c>results/latest/</c>
/// is ever seen half-written: files are written into a hidden staging folder beside them, then
/// the staging folder replaces the target by directory renames. If writing fails, the staging
/// folder is deleted and both targets keep their previous complete contents. The only visible
/// transition is a moment in which the target is absent between the two renames.
/// </summary>
internal static class ResultsPublisher
{
    /// <summary>The folder name of the copy of the newest run.</summary>
    public const string Latest = "latest";

    /// <summary>Writes a run with <paramref name="writeFiles"/> and, when asked, refreshes latest with a copy.</summary>
    /// <returns>The published run folder.</returns>
    public static string Publish(string resultsRoot, string runId, Action<string> writeFiles, bool refreshLatest = true)
    {
        Directory.CreateDirectory(resultsRoot);
        var runStaging = Stage(resultsRoot, runId, writeFiles);
        var latestStaging = refreshLatest ? Stage(resultsRoot, Latest, staging => CopyFiles(runStaging, staging)) : null;
        var runDirectory = Path.Combine(resultsRoot, runId);
        Replace(runStaging, runDirectory);
        if (latestStaging is not null)
        {
            Replace(latestStaging, Path.Combine(resultsRoot, Latest));
        }

        return runDirectory;
    }

    /// <summary>Throws <see cref="IOException"/> (or <see cref="UnauthorizedAccessException"/>) unless files can be created in <paramref name="resultsRoot"/>.</summary>
    public static void EnsureWritable(string resultsRoot)
    {
        Directory.CreateDirectory(resultsRoot);
        var probe = Path.Combine(resultsRoot, $".write-probe-{Guid.NewGuid():N}");
        File.WriteAllText(probe, string.Empty);
        File.Delete(probe);
    }

    private static string Stage(string resultsRoot, string name, Action<string> fill)
    {
        var staging = Path.Combine(resultsRoot, $".staging-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            fill(staging);
            return staging;
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    private static void CopyFiles(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private static void Replace(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var retired = Path.Combine(Path.GetDirectoryName(target)!, $".retired-{Path.GetFileName(target)}-{Guid.NewGuid():N}");
        Directory.Move(target, retired);
        Directory.Move(staging, target);
        Directory.Delete(retired, recursive: true);
    }
}
