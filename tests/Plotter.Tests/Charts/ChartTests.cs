using Lab.Plotter.Tests.Support;
using Lab.References;

namespace Lab.Plotter.Tests.Charts;

public sealed class ChartTests(RenderedFixture rendered) : IClassFixture<RenderedFixture>
{
    [Fact]
    public void Every_chart_family_is_rendered_as_a_decodable_png_of_the_frame_size()
    {
        // The fixture has uniform keys only and no churn: those families are drawn from ChurnAndKeyDistributionTests' rows.
        // The rate families come from a rate run's latency.csv (RatePlotTests); this fixture is a matrix run.
        Assert.Equal(
            ChartKindExtensions.MatrixFamilies.Except([ChartKind.KeyDistributions, ChartKind.Churn]),
            rendered.Charts.Select(chart => chart.Kind).Distinct());
        var files = Directory.GetFiles(Path.Combine(rendered.Path, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(rendered.Charts.Select(chart => chart.FileName).Order(StringComparer.Ordinal), files);
        Assert.All(rendered.Charts, chart =>
            Assert.Equal((ChartFrame.Width, ChartFrame.Height), Png.ReadSize(Path.Combine(rendered.Path, "charts", chart.FileName))));
    }

    [Fact]
    public void Fixture_yields_the_expected_chart_counts()
    {
        var counts = rendered.Charts.GroupBy(chart => chart.Kind).ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(9, counts[ChartKind.ThroughputVsThreads]); // 3 mixes x 3 sizes
        Assert.Equal(9, counts[ChartKind.ThroughputVsWriteShare]); // 3 sizes x 3 thread counts
        Assert.Equal(9, counts[ChartKind.NsPerOp]);
        Assert.Equal(9, counts[ChartKind.BytesPerOp]);
        Assert.Equal(9, counts[ChartKind.GcPer1kOps]);
        Assert.Equal(3, counts[ChartKind.Winners]); // one per thread count
        Assert.Equal(9, counts[ChartKind.WriteCosts]); // 3 counters x 3 thread counts
        Assert.Contains(rendered.Charts, chart => chart.FileName == "winners-uniform-t2.png");
    }

    [Fact]
    public void Titles_state_what_is_held_fixed()
    {
        var chart = rendered.Charts.Single(c => c.FileName == "throughput-vs-threads-uniform-read90-10k.png");
        Assert.Equal("Throughput vs threads: 90% reads, 10K entries, uniform keys", chart.Title);
    }

    [Fact]
    public void Palette_gives_every_map_its_own_stable_color_and_marker()
    {
        var ids = MapIds.Ordered;
        var styles = ids.Select(MapPalette.For).ToList();

        Assert.Equal(ids.Count, styles.Select(style => style.Color).Distinct().Count());
        Assert.Equal(LabMaps.All.Count, styles.Take(LabMaps.All.Count).Select(style => style.Marker).Distinct().Count());
        Assert.Equal(styles, ids.Select(MapPalette.For));
    }

    [Theory]
    [InlineData(new[] { 1.0, 9.9 }, false, 0)]
    [InlineData(new[] { 1.0, 10.0 }, true, 0)]
    [InlineData(new[] { 0.0, 0.03, 250.0 }, true, -2)]
    [InlineData(new[] { 0.0 }, false, 0)]
    public void Value_axis_is_logarithmic_when_values_span_a_decade(double[] values, bool isLog, double floor)
    {
        var scale = ValueScale.For(values);

        Assert.Equal(isLog, scale.IsLog);
        Assert.Equal(floor, scale.Floor);
        Assert.Equal(isLog ? 2 : 100, scale.Plot(100));
    }
}
