using Lab.Plotter.Tests.Support;
using static Lab.Plotter.Tests.Support.SyntheticSamples;

namespace Lab.Plotter.Tests.Statistics;

public sealed class PowerEstimatorTests : IDisposable
{
    private static readonly double[] factors = [1.02, 1.1, 1.3, 2];

    private readonly ResultsFolders folders = new();

    public void Dispose() => folders.Dispose();

    [Fact]
    public void A_quiet_cell_is_caught_at_a_smaller_slowdown_than_a_noisy_one()
    {
        var (@base, diff) = AA(("quiet", 0.01), ("noisy", 0.15));

        var estimate = PowerEstimator.Estimate(@base, diff, ["noisy", "quiet"], JudgeSettings.Default, factors, 100, 7);

        var noisy = estimate.Cells[0];
        var quiet = estimate.Cells[1];
        Assert.Equal(1.1, quiet.SmallestDetected(factors, 0.8));
        Assert.Equal(1.3, noisy.SmallestDetected(factors, 0.8));
        Assert.Equal(0, quiet.Power[0]); // 2% is under the 5% threshold: never Slower
        Assert.True(quiet.MedianWidth < noisy.MedianWidth);
        Assert.Equal(0, estimate.FamilyFalseAlarmRate);
        Assert.Equal((20, 20), (quiet.BaseLaunches, quiet.DiffLaunches));
    }

    [Fact]
    public void The_same_seed_gives_the_same_estimate_and_bootstrap_sets_the_launches()
    {
        var (@base, diff) = AA(("a", 0.05), ("b", 0.05));

        var first = PowerEstimator.Estimate(@base, diff, ["a", "b"], JudgeSettings.Default, factors, 50, 3, launchesPerSide: 8);
        var second = PowerEstimator.Estimate(@base, diff, ["a", "b"], JudgeSettings.Default, factors, 50, 3, launchesPerSide: 8);

        Assert.Equal(first.Cells.Select(c => c.Power), second.Cells.Select(c => c.Power));
        Assert.Equal((8, 8), (first.Cells[0].BaseLaunches, first.Cells[0].DiffLaunches));
    }

    [Fact]
    public void Six_launches_a_side_in_a_family_of_42_can_catch_nothing()
    {
        var cells = Enumerable.Range(0, 42).Select(i => ($"c{i:00}", 0.01)).ToArray();
        var (@base, diff) = AA(cells, launches: 6);

        var estimate = PowerEstimator.Estimate(@base, diff, [.. cells.Select(c => c.Item1)], JudgeSettings.Default, [100], 10, 1);

        Assert.All(estimate.Cells, c => Assert.Equal(0, c.Power[0])); // no Holm-level interval: never Slower, even at 100x
        Assert.Equal(0, estimate.FamilyFalseAlarmRate);
        Assert.InRange(estimate.InconclusiveRate, 0, 0.5); // Same needs only the cell's own 98% interval, which 6 vs 6 launches can reach
    }

    [Fact]
    public void The_command_prints_a_row_per_cell_and_refuses_bad_factors()
    {
        var fixture = ResultsFolders.Fixture("aa");
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, PowerCommand.Run(["--base", fixture, "--diff", fixture, "--splits", "20", "--factors", "1.1,1.5"], output, error));
        Assert.Equal(8, output.ToString().Split('\n').Count(l => l.StartsWith("| `", StringComparison.Ordinal)));
        Assert.Contains("smallest slowdown caught at 80%", output.ToString(), StringComparison.Ordinal);

        Assert.Equal(2, PowerCommand.Run(["--base", fixture, "--diff", fixture, "--factors", "0.9"], output, error));
        Assert.Contains("--factors: '0.9' is not a number above 1", error.ToString(), StringComparison.Ordinal);
    }

    private (SideSamples Base, SideSamples Diff) AA((string Cell, double Sigma)[] cells, int launches = 20) => AA(launches, cells);

    private (SideSamples Base, SideSamples Diff) AA(params (string Cell, double Sigma)[] cells) => AA(20, cells);

    private (SideSamples Base, SideSamples Diff) AA(int launches, (string Cell, double Sigma)[] cells)
    {
        var b = folders.Write("base", cells.Select((c, i) => (c.Cell, LogNormal(10 + i, launches, 100, c.Sigma))).ToDictionary(c => c.Cell, c => c.Item2));
        var d = folders.Write("diff", cells.Select((c, i) => (c.Cell, LogNormal(500 + i, launches, 100, c.Sigma))).ToDictionary(c => c.Cell, c => c.Item2));
        return (SideSamples.Load([b]), SideSamples.Load([d]));
    }
}
