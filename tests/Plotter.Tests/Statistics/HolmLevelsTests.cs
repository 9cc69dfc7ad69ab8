
namespace Lab.Plotter.Tests.Statistics;

public class HolmLevelsTests
{
    [Fact]
    public void Levels_step_down_until_the_first_hypothesis_kept()
    {
        // Sorted: 0.001 (<= 0.05/4), 0.01 (<= 0.05/3), 0.03 (> 0.05/2: stop), 0.04 keeps the stopping level.
        var levels = HolmLevels.Of([0.03, 0.001, 0.04, 0.01], 0.05);

        Assert.Equal([0.05 / 2, 0.05 / 4, 0.05 / 2, 0.05 / 3], levels);
    }

    [Fact]
    public void Holm_rejects_what_Bonferroni_rejects_and_more()
    {
        double[] p = [0.012, 0.011, 0.2];
        var levels = HolmLevels.Of(p, 0.05);
        var rejected = p.Select((value, i) => value <= levels[i]).ToArray();

        Assert.Equal([true, true, false], rejected); // Bonferroni (0.05/3 = 0.0167) rejects both too
        Assert.Equal([false, false, false], HolmLevels.Of([0.02, 0.03, 0.04], 0.05).Select((l, i) => new[] { 0.02, 0.03, 0.04 }[i] <= l));
        Assert.Equal([true, true, true], HolmLevels.Of([0.01, 0.02, 0.04], 0.05).Select((l, i) => new[] { 0.01, 0.02, 0.04 }[i] <= l));
    }

    [Fact]
    public void Equal_p_values_are_ordered_by_position()
    {
        var levels = HolmLevels.Of([0.5, 0.5], 0.1);

        Assert.Equal([0.05, 0.05], levels);
    }

    [Fact]
    public void No_hypotheses_give_no_levels() => Assert.Empty(HolmLevels.Of([], 0.05));
}
