using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Commands;

/// <summary><c>merge</c> of a rate run's shards: latency.csv rows joined, every histogram log at its own path, the merged run drawn.</summary>
public sealed class RateMergeTests : IDisposable
{
    private readonly RateFixture rate = new();
    private readonly string root = Directory.CreateTempSubdirectory("lab-rate-merge-").FullName;

    public void Dispose()
    {
        rate.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Two_rate_shards_merge_into_the_whole_run_with_its_histograms()
    {
        var rows = LatencyRow.Read(rate.Path);
        var groups = rows.Select(CellGroup.Of).Distinct().Order().ToList();
        var plan = groups.Select((group, i) => new ShardPlanRow(new Shard((i % 2) + 1, 2), group, rows.Count(row => CellGroup.Of(row) == group), 1)).ToList();
        var environment = EnvironmentRow.Read(rate.File(ResultFiles.Environment)) with { Host = "host-a", Profile = "rate-quick" };
        var folders = new List<string>();
        foreach (var shard in Shard.All(2))
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, $"shard-{shard.Index}")).FullName;
            var own = rows.Where(row => plan.Single(planned => planned.Group == CellGroup.Of(row)).Shard == shard).ToList();
            foreach (var row in own)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(row.HistogramPathIn(folder))!);
                File.Copy(row.HistogramPathIn(rate.Path), row.HistogramPathIn(folder));
            }

            ResultFiles.WriteRateRun(folder, own, environment with { Shards = ShardSet.Of(shard) });
            ShardPlanRow.Write(Path.Combine(folder, ResultFiles.ShardPlan), plan);
            folders.Add(folder);
        }

        var merged = Path.Combine(root, "merged");
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.True(PlotterVerbs.Run(["merge", .. folders, "--out", merged], output, error) == 0, error.ToString());

        var joined = LatencyRow.Read(merged); // strict: every histogram log must be in the merged folder
        Assert.Equal(rows.Select(row => row.Cell.ToString()).Order(StringComparer.Ordinal), joined.Select(row => row.Cell.ToString()).Order(StringComparer.Ordinal));
        Assert.True(PlotCommand.Plot(merged, output, error) == 0, error.ToString());
        Assert.Contains(Directory.GetFiles(Path.Combine(merged, StagedOutput.ChartsFolderName)), chart => chart.EndsWith(".png", StringComparison.Ordinal));
    }
}
