using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Commands;

/// <summary>
/// The quick profile's Dry job run whole and as 3 shards, each in a process of its own (as CI jobs run them),
/// the shards merged: the merged run has exactly the whole run's cells, and its report the same tables (same
/// headings, same row keys; figures aside, they are timings). Several minutes on 2 busy cores.
/// </summary>
public sealed class ShardedDryRunEndToEndTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-sharded-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Three_shards_merged_give_the_unsharded_cells_and_report_tables()
    {
        var whole = RunDry("whole");
        var shards = Enumerable.Range(1, 3).Select(index => RunDry($"shard-{index}", "--shard", $"{index}/3")).ToList();
        var merged = Path.Combine(root, "merged");
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.True(PlotterVerbs.Run(["merge", .. shards, "--out", merged], output, error) == 0, error.ToString());

        Assert.All(shards, shard => Assert.InRange(Cells(shard).Count, 1, Cells(whole).Count - 1)); // each shard measured a part
        Assert.Equal(Cells(whole), Cells(merged));
        Assert.Equal(
            MeasurementRow.Read(Path.Combine(whole, ResultFiles.Measurements)).Select(row => (row.Cell.ToString(), row.Launch, row.Iteration)).Order(),
            MeasurementRow.Read(Path.Combine(merged, ResultFiles.Measurements)).Select(row => (row.Cell.ToString(), row.Launch, row.Iteration)).Order());
        var environment = Assert.Single(EnvironmentRow.ReadAll(Path.Combine(merged, ResultFiles.Environment)));
        Assert.Equal("1/3 2/3 3/3", environment.Shards.ToString());
        var skeleton = Skeleton(Report(whole));
        Assert.Contains("## Which map should I use?", skeleton);
        Assert.Equal(skeleton, Skeleton(Report(merged)));
    }

    private string RunDry(string name, params string[] more)
    {
        var results = Path.Combine(root, name);
        var (code, output, error) = BenchmarkApp.Run(
            root,
            ["--profile", "quick", "--job", "Dry", "--inProcess", "--results", results, "--artifacts", Path.Combine(root, "artifacts-" + name), .. more]);
        Assert.True(code == 0, $"{name}: exit {code}\n{error}\n{output[^Math.Min(output.Length, 4000)..]}");
        return BenchmarkApp.RunFolderOf(output);
    }

    private static List<string> Cells(string folder)
        => [.. SummaryRow.Read(Path.Combine(folder, ResultFiles.Summary)).Select(row => row.Cell.ToString()).Order(StringComparer.Ordinal)];

    private static string Report(string folder)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.True(PlotCommand.Plot(folder, output, error) == 0, error.ToString());
        return File.ReadAllText(Path.Combine(folder, ReportWriter.FileName));
    }

    /// <summary>
    /// The report's headings (the title without its run id) and each table row's first cell: its key, never a figure.
    /// The close-call section's rows are left out: which cells are close calls follows from the measured times (and
    /// each shard has its own cap), so only its heading is part of the skeleton.
    /// </summary>
    private static List<string> Skeleton(string report)
    {
        var skeleton = new List<string>();
        var inCloseCalls = false;
        foreach (var line in report.Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                inCloseCalls = line.StartsWith("### Close calls", StringComparison.Ordinal);
                skeleton.Add(line.StartsWith("# ", StringComparison.Ordinal) ? line.Split(':')[0] : line);
            }
            else if (line.StartsWith('|') && !inCloseCalls)
            {
                skeleton.Add(line.Split('|', StringSplitOptions.TrimEntries)[1]);
            }
        }

        return skeleton;
    }
}
