namespace Lab.Benchmarks.Export;

/// <summary>
/// Publishes a run's CSVs so that <c>results/&lt;run-id&gt;/</c> is never seen half-written: files are
/// written into a hidden staging folder beside it, then the staging folder replaces the target by
/// directory renames. If writing fails, the staging folder is deleted and nothing changes. The app
/// never touches <c>results/latest/</c>: the plotter's <c>publish</c> command replaces it once the
/// charts and the report of the run were drawn too, so latest is always a whole run.
/// </summary>
internal static class ResultsPublisher
{
    /// <summary>Writes a run with <paramref name="writeFiles"/>.</summary>
    /// <returns>The published run folder.</returns>
    public static string Publish(string resultsRoot, string runId, Action<string> writeFiles)
    {
        Directory.CreateDirectory(resultsRoot);
        var runStaging = Stage(resultsRoot, runId, writeFiles);
        var runDirectory = Path.Combine(resultsRoot, runId);
        Replace(runStaging, runDirectory);
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
