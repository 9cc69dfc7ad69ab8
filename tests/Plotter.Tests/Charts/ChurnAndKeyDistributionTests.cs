using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Charts;

/// <summary>Rows of every kind the benchmark app emits: churn, Zipf and prefix keys, store and sizing rows.</summary>
public sealed class ChurnAndKeyDistributionTests(RenderedAllRowsFixture rendered) : IClassFixture<RenderedAllRowsFixture>
{
    [Fact]
    public void Churn_rows_with_a_read_share_are_read()
    {
        using var folder = new FixtureFolder();
        folder.AddChurnKeyDistributionAndOtherScenarioRows();

        var results = BenchmarkResults.Load(folder.Path);

        var churn = Assert.Single(results.Summary, row => row.Cell.ToString() == "matrix/cow/churn/1000/2/uniform");
        Assert.Equal(90, churn.ReadPercent);
        Assert.Contains(results.Summary, row => row.Cell.ToString() == "matrix/cow/read100/100000/4/prefix");
        Assert.Null(Assert.Single(results.Summary, row => row.Cell.ToString() == "store/read/read//1/uniform").Cell.Size);
        Assert.Single(results.Summary, row => row.Cell.Scenario == "sizing");
    }

    [Fact]
    public void Every_chart_family_is_drawn_including_key_distributions_and_churn()
    {
        Assert.Equal(ChartKindExtensions.MatrixFamilies, rendered.Charts.Select(chart => chart.Kind).Distinct());
        Assert.All(rendered.Charts, chart => Assert.True(File.Exists(Path.Combine(rendered.Path, "charts", chart.FileName)), chart.FileName));
    }

    [Fact]
    public void Key_distribution_charts_compare_the_maps_per_mix_size_and_threads()
    {
        var keys = rendered.Charts.Where(chart => chart.Kind == ChartKind.KeyDistributions).ToList();
        Assert.Equal(3 * 3 * 3, keys.Count); // 3 mixes (churn is uniform-only here) x 3 sizes x 3 thread counts
        Assert.Contains(keys, chart => chart.FileName == "keys-read50-1k-t2.png");
        Assert.Contains(keys, chart => chart.Title == "Time per operation by key distribution: 90% reads, 10K entries, 2 threads");
    }

    [Fact]
    public void Churn_charts_set_churn_beside_updates_at_the_same_read_share()
    {
        var churn = rendered.Charts.Where(chart => chart.Kind == ChartKind.Churn).ToList();
        Assert.Equal(3 * 3, churn.Count); // 3 sizes x 3 thread counts, uniform keys
        Assert.Contains(churn, chart => chart.Title == "Churn vs updates at 90% reads: 100K entries, 4 threads, uniform keys");
    }

    [Fact]
    public void Write_share_charts_plot_only_update_mixes()
    {
        var writeShare = rendered.Charts.Where(chart => chart.Kind == ChartKind.ThroughputVsWriteShare).ToList();
        Assert.Equal(3 * 3 * 3, writeShare.Count); // keys x sizes x threads, churn not a fourth category
        Assert.Contains(rendered.Charts, chart => chart.Title == "Throughput vs threads: churn, 90% reads, 1K entries, uniform keys");
    }

    [Fact]
    public void Report_has_the_key_distribution_and_churn_tables_and_counts_the_other_scenarios()
    {
        var report = rendered.Report;
        Assert.Contains("## Key distributions", report, StringComparison.Ordinal);
        Assert.Contains("| mix | size | threads | map | uniform ns/op | zipf ns/op | prefix ns/op |", report, StringComparison.Ordinal);
        Assert.Contains("(1.00×)", report, StringComparison.Ordinal); // copied figures: zipf and prefix equal uniform
        Assert.Contains("## Churn vs updates", report, StringComparison.Ordinal);
        Assert.Contains("| uniform | 1K | 2 | `cow` |", report, StringComparison.Ordinal);
        Assert.Contains("### Key distributions", report, StringComparison.Ordinal);
        Assert.Contains("### Churn vs updates", report, StringComparison.Ordinal);
        Assert.Contains("| churn, 90% reads | 1K |", report, StringComparison.Ordinal);
        Assert.Contains("- Scenario `store`: 2 cells (not plotted here).", report, StringComparison.Ordinal);
        Assert.Contains("- Scenario `sizing`: 1 cells (not plotted here).", report, StringComparison.Ordinal);
        Assert.Contains("- Scenario `storecontention`: 1 cells (not plotted here).", report, StringComparison.Ordinal);
        Assert.DoesNotContain("No chart: the data has no values for it.", report, StringComparison.Ordinal);
    }
}
