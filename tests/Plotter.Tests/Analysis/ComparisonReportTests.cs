using static Lab.Plotter.Tests.Support.SyntheticSamples;

namespace Lab.Plotter.Tests.Analysis;

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
        Assert.Contains("**Regression**: 1 Slower, 1 Faster, 1 Same, 0 Inconclusive of 3 common cells (0 paired, 3 by launches, 0 in process).", markdown, StringComparison.Ordinal);
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

        var side = SideSamples.Load(["r1", "r2"], source.Read);

        Assert.Equal(5, side.Launches);
        Assert.Equal([10.0, 11, 12, 13, 14], side["c"].LaunchMedians);
    }

    [Fact]
    public void Rounds_are_paired_when_enough_and_the_shared_round_shift_cancels()
    {
        // 10 rounds, one launch a side each; every round shifts both sides by up to +-15% together,
        // the change is 8% and the noise within a round 0.5%.
        var random = new Random(31);
        var rounds = Enumerable.Range(0, 10).Select(_ => Math.Exp(0.1 * (random.NextDouble() - 0.5) * 3)).ToArray();
        var folders = new Dictionary<string, List<Measurement>>();
        for (var r = 0; r < rounds.Length; r++)
        {
            folders[$"b{r}"] = [new("c", 1, 1, 100 * rounds[r] * Math.Exp(0.005 * (random.NextDouble() - 0.5)))];
            folders[$"d{r}"] = [new("c", 1, 1, 108 * rounds[r] * Math.Exp(0.005 * (random.NextDouble() - 0.5)))];
        }

        var source = new InMemorySource(folders);
        var @base = SideSamples.Load([.. Enumerable.Range(0, 10).Select(r => $"b{r}")], source.Read);
        var diff = SideSamples.Load([.. Enumerable.Range(0, 10).Select(r => $"d{r}")], source.Read);
        var settings = JudgeSettings.Default;

        var paired = ComparisonReport.Create(@base, diff, settings).Cells.Single();
        var unpaired = CellJudge.Judge(new CellJudge(settings).Gather("c", @base["c"], diff["c"], 0, settings.Alpha), settings.Alpha);

        Assert.Equal((ComparisonMode.Paired, Verdict.Slower), (paired.Mode, paired.Verdict));
        Assert.InRange(paired.Ratio, 1.075, 1.085);
        Assert.True(paired.Width < 0.01, $"paired width {paired.Width}");
        Assert.Equal((ComparisonMode.Launches, Verdict.Inconclusive), (unpaired.Mode, unpaired.Verdict));
        Assert.True(unpaired.Width > 0.05, $"unpaired width {unpaired.Width}");
    }

    [Fact]
    public void Rounds_too_few_to_reach_the_level_are_judged_as_launches()
    {
        var folders = new Dictionary<string, List<Measurement>>();
        for (var r = 0; r < 3; r++)
        {
            folders[$"b{r}"] = [.. Enumerable.Range(1, 2).Select(l => new Measurement("c", l, 1, 100 + r + l))];
            folders[$"d{r}"] = [.. Enumerable.Range(1, 2).Select(l => new Measurement("c", l, 1, 100 + r - l))];
        }

        var source = new InMemorySource(folders);
        var report = ComparisonReport.Create(SideSamples.Load(["b0", "b1", "b2"], source.Read), SideSamples.Load(["d0", "d1", "d2"], source.Read), JudgeSettings.Default);

        Assert.Equal(ComparisonMode.Launches, report.Cells.Single().Mode);
    }

    [Fact]
    public void Holm_keeps_a_cell_that_one_test_alone_would_call_Slower()
    {
        // 8 vs 8 launches with 2 of the 64 pairs inverted: p = 2 P(U <= 2) = 0.00062, under 0.01 but
        // over 0.01 / 20, the first Holm level of a family of 20 cells.
        double[] slowBase = [100, 101, 102, 103, 104, 105, 106, 107];
        double[] slowDiff = [106.5, 106.8, 130, 131, 132, 133, 134, 135];
        var baseCells = new Dictionary<string, double[]> { ["slow"] = slowBase };
        var diffCells = new Dictionary<string, double[]> { ["slow"] = slowDiff };
        var alone = Create(baseCells, diffCells).Cells.Single();
        for (var i = 0; i < 19; i++)
        {
            baseCells[$"same{i}"] = LogNormal(100 + i, 8, 100, 0.01);
            diffCells[$"same{i}"] = LogNormal(200 + i, 8, 100, 0.01);
        }

        var inFamily = Create(baseCells, diffCells).Cells.Single(c => c.Cell == "slow");

        Assert.Equal(Verdict.Slower, alone.Verdict);
        Assert.Equal(0.99, alone.Confidence, 12);
        Assert.Equal(Verdict.Inconclusive, inFamily.Verdict);
        Assert.Equal(1 - (0.01 / 20), inFamily.Confidence, 12);
        Assert.True(inFamily.RatioLower <= 1, "the interval at the Holm level includes 1");
    }

    private static ComparisonReport Create(Dictionary<string, double[]> @base, Dictionary<string, double[]> diff)
    {
        static List<Measurement> Rows(Dictionary<string, double[]> cells)
            => [.. cells.SelectMany(kv => kv.Value.Select((v, i) => new Measurement(kv.Key, i + 1, 1, v)))]; // one launch per value
        var source = new InMemorySource(new() { ["base"] = Rows(@base), ["diff"] = Rows(diff) });
        return ComparisonReport.Create(SideSamples.Load(["base"], source.Read), SideSamples.Load(["diff"], source.Read), JudgeSettings.Default);
    }

    private static CellComparison Cell(double ratio)
        => new("c", Verdict.Same, ComparisonMode.Launches, ratio, ratio, ratio, 0.99, 0.05, 0.05, new SampleSummary(1, 1, 1, 0), new SampleSummary(1, 1, 1, 0), "");

    /// <summary>One iteration of a results folder, as a test writes it.</summary>
    private sealed record Measurement(string Cell, int Launch, int Iteration, double NsPerOp);

    private sealed class InMemorySource(Dictionary<string, List<Measurement>> folders)
    {
        public IReadOnlyList<(string Cell, int Launch, double NsPerOp)> Read(string folder) => [.. folders[folder].Select(m => (m.Cell, m.Launch, m.NsPerOp))];
    }
}
