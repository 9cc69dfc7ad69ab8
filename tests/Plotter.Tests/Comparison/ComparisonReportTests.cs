using Lab.Plotter.Comparison;
using static Lab.Plotter.Tests.Comparison.SyntheticSamples;

namespace Lab.Plotter.Tests.Comparison;

public class ComparisonReportTests
{
    [Fact]
    public void Geometric_mean_is_the_exponential_of_the_mean_log_ratio()
    {
        Assert.Equal(1.0, ComparisonReport.GeometricMean([Cell(2.0), Cell(0.5)]), 12);
        Assert.Equal(Math.Sqrt(1.1 * 1.21), ComparisonReport.GeometricMean([Cell(1.1), Cell(1.21)]), 12);
        Assert.Equal(1.1, ComparisonReport.GeometricMean([Cell(1.1), Cell(1.1), Cell(1.1)]), 12);
        Assert.True(double.IsNaN(ComparisonReport.GeometricMean([])));
    }

    [Fact]
    public void Cells_are_sorted_worst_ratio_first_in_the_report_and_the_markdown_table()
    {
        var report = Create(
            new() { ["a/fast"] = LogNormal(1, 30, 100, 0.02), ["b/slow"] = LogNormal(2, 30, 100, 0.02), ["c/same"] = LogNormal(3, 30, 100, 0.02) },
            new() { ["a/fast"] = LogNormal(4, 30, 80, 0.02), ["b/slow"] = LogNormal(5, 30, 125, 0.02), ["c/same"] = LogNormal(6, 30, 100, 0.02) });

        Assert.Equal(["b/slow", "c/same", "a/fast"], report.Cells.Select(c => c.Cell));
        Assert.Equal([Verdict.Slower, Verdict.Same, Verdict.Faster], report.Cells.Select(c => c.Verdict));
        Assert.True(report.HasRegression);

        var markdown = MarkdownReportWriter.Render(report);
        var rows = markdown.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("| `b/slow` | **Slower** |", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("| `c/same` | Same |", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("| `a/fast` | Faster |", rows[2], StringComparison.Ordinal);
        Assert.Contains("**Regression**: 1 Slower, 1 Faster, 1 Same, 0 Noisy of 3 common cells.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_on_one_side_only_are_listed_and_not_judged()
    {
        var report = Create(
            new() { ["common"] = LogNormal(1, 10, 100, 0.02), ["gone"] = LogNormal(2, 10, 100, 0.02) },
            new() { ["common"] = LogNormal(3, 10, 100, 0.02), ["new"] = LogNormal(4, 10, 100, 0.02) });

        Assert.Equal(["common"], report.Cells.Select(c => c.Cell));
        Assert.Equal(["gone"], report.OnlyInBase);
        Assert.Equal(["new"], report.OnlyInDiff);
        Assert.False(report.HasRegression);
    }

    [Fact]
    public void No_common_cells_is_bad_input()
    {
        var error = Assert.Throws<CompareInputException>(() => Create(
            new() { ["a"] = LogNormal(1, 10, 100, 0.02) },
            new() { ["b"] = LogNormal(2, 10, 100, 0.02) }));

        Assert.Contains("no common cells", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounds_of_one_side_are_pooled_with_launches_renumbered()
    {
        var source = new InMemorySource(new()
        {
            ["r1"] = [new("c", 1, 1, 10), new("c", 2, 1, 11)],
            ["r2"] = [new("c", 1, 1, 12), new("c", 2, 1, 13), new("c", 3, 1, 14)],
        });

        var side = SideSamples.Load(source, ["r1", "r2"]);

        Assert.Equal(5, side.Launches);
        Assert.Equal([10.0, 11, 12, 13, 14], side["c"].LaunchMedians);
    }

    private static ComparisonReport Create(Dictionary<string, double[]> @base, Dictionary<string, double[]> diff)
    {
        static List<Measurement> Rows(Dictionary<string, double[]> cells)
            => [.. cells.SelectMany(kv => kv.Value.Select((v, i) => new Measurement(kv.Key, i + 1, 1, v)))]; // one launch per value
        var source = new InMemorySource(new() { ["base"] = Rows(@base), ["diff"] = Rows(diff) });
        return ComparisonReport.Create(SideSamples.Load(source, ["base"]), SideSamples.Load(source, ["diff"]), JudgeSettings.Default);
    }

    private static CellComparison Cell(double ratio)
        => new("c", Verdict.Same, ratio, ratio, ratio, new SampleSummary(1, 1, 1, 0, 1), new SampleSummary(1, 1, 1, 0, 1), "");

    private sealed class InMemorySource(Dictionary<string, List<Measurement>> folders) : IMeasurementSource
    {
        public IReadOnlyList<Measurement> Read(string folder) => folders[folder];
    }
}
