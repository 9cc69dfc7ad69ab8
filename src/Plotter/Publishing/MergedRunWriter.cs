namespace Lab.Plotter.Publishing;

/// <summary>
/// Writes a <see cref="MergedRun"/> as one run folder: every row file joined (shards in index order),
/// environment.csv with one row per machine, shard-plan.csv, the histogram logs at their own paths (latency.csv
/// names them relative to the run folder) and every other shard file under <c>shards/&lt;i&gt;-of-&lt;n&gt;/</c>.
/// Everything is written into a hidden staging folder beside the target and moved into place only when all of
/// it was written, so a failure leaves no target at all (an empty target folder is replaced, never one with files).
/// </summary>
internal static class MergedRunWriter
{
    /// <summary>The folder of the shards' other files (BenchmarkDotNet artefacts), relative to the merged run.</summary>
    public const string ShardFilesFolder = "shards";

    /// <summary>Writes <paramref name="run"/> to <paramref name="target"/>, which must not exist or be empty.</summary>
    public static void Write(MergedRun run, string target)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(target)) ?? throw new ArgumentException("the target has no parent folder", nameof(target));
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".merge-staging-{Path.GetFileName(Path.TrimEndingDirectorySeparator(target))}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (file, parts) in run.RowFiles)
            {
                file.Write(Path.Combine(staging, file.FileName), parts);
            }

            EnvironmentRow.WriteAll(Path.Combine(staging, ResultFiles.Environment), run.Environment);
            ShardPlanRow.Write(Path.Combine(staging, ResultFiles.ShardPlan), run.Plan);
            foreach (var shard in run.Shards)
            {
                foreach (var log in shard.Histograms)
                {
                    Copy(Path.Combine(shard.Folder, log), Path.Combine(staging, log));
                }

                var own = Path.Combine(staging, ShardFilesFolder, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{shard.Shard.Index}-of-{shard.Shard.Count}"));
                foreach (var artefact in shard.Artefacts)
                {
                    Copy(Path.Combine(shard.Folder, artefact), Path.Combine(own, artefact));
                }
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void Copy(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination);
    }
}
