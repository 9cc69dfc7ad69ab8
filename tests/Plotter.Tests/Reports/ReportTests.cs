using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Reports;

public sealed class ReportTests(RenderedFixture rendered) : IClassFixture<RenderedFixture>
{
    [Fact]
    public void Report_has_every_section_and_embeds_every_chart()
    {
        foreach (var heading in new[] { "## Environment", "## Maps", "## Which map should I use?", "## Design targets", "## Charts", "## Where the data came from", "## Absent cells" })
        {
            Assert.Contains(heading + "\n", rendered.Report, StringComparison.Ordinal);
        }

        Assert.All(rendered.Charts, chart => Assert.Contains($"](charts/{chart.FileName})", rendered.Report, StringComparison.Ordinal));
    }

    [Fact]
    public void Report_names_winners_ties_targets_and_absent_cells()
    {
        Assert.Contains("| 90% reads | 10K | **concurrent** |", rendered.Report, StringComparison.Ordinal);
        Assert.Contains("| 100% reads | 1K | **cow** | 3.97 | +1.1% | cas | concurrent, cas | none | 0.95 |", rendered.Report, StringComparison.Ordinal);
        Assert.Contains("| HAMT insert time (100K) | hamt insert < 500 ns | 100K | 432 ns | 500 ns | – | pass |", rendered.Report, StringComparison.Ordinal);
        Assert.Matches(@"\| COW read vs Dictionary \|[^\n]*\| 1K \|[^\n]*\| [0-9.]+ / [0-9.]+ ns \| pass \|", rendered.Report);
        Assert.Contains("not measured (no `targets/layered/lookup/*/1/uniform`)", rendered.Report, StringComparison.Ordinal);
        Assert.Contains("- `matrix/rwlock/read50/100000/4/uniform`", rendered.Report, StringComparison.Ordinal);
        Assert.Contains("Scenario `store`: 1 cells (not plotted here)", rendered.Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_csvs_give_the_same_report_and_the_same_chart_bytes()
    {
        using var again = new FixtureFolder();
        var charts = PlotCommand.Generate(BenchmarkResults.Load(again.Path), again.Path);

        Assert.Equal(rendered.Report, File.ReadAllText(again.File("REPORT.md")));
        Assert.Equal(rendered.Charts, charts);
        Assert.All(charts, chart => Assert.Equal(
            File.ReadAllBytes(Path.Combine(rendered.Path, "charts", chart.FileName)),
            File.ReadAllBytes(Path.Combine(again.Path, "charts", chart.FileName))));
    }

    [Fact]
    public void Rendering_again_replaces_the_charts_and_leaves_no_staging_folder()
    {
        using var folder = new FixtureFolder();
        var stale = Path.Combine(folder.Path, "charts", "stale.png");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "old");

        PlotCommand.Generate(BenchmarkResults.Load(folder.Path), folder.Path);

        Assert.False(File.Exists(stale));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(folder.Path), entry => Path.GetFileName(entry).StartsWith('.'));
    }

    [Fact]
    public void Default_folder_is_results_latest_under_the_repository_root()
    {
        using var folder = new FixtureFolder();
        File.WriteAllText(folder.File("Lab.sln"), string.Empty);
        var nested = Directory.CreateDirectory(Path.Combine(folder.Path, "src", "Plotter")).FullName;

        Assert.Equal(Path.Combine(folder.Path, "results", "latest"), PlotCommand.DefaultFolder(nested));
    }
}
