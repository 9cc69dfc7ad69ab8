namespace Lab.Plotter.Tests.Analysis;

public sealed class RecommendationTests
{
    private static readonly Decision anyDecision = new("cow", "concurrent", 1.2, 1.1, 1.3, 0.99, DecisionVerdict.Faster, []);

    private static RateAnswer Cell(int size, int readers, string rate)
        => new(size, readers, rate, rate == "max" ? null : double.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), "workstation", anyDecision, null, 1_000, 3);

    private static AnswerSet RateOnly(params RateAnswer[] cells) => new(null, [], new EnvironmentRow { RunId = "rate-run" }, cells);

    [Fact]
    public void An_exact_cell_is_used_and_called_the_measured_cell()
    {
        var answers = RateOnly(Cell(100_000, 4, "100"), Cell(100_000, 4, "1000"), Cell(10_000, 4, "1000"), Cell(100_000, 1, "1000"));

        var recommendation = Recommendation.For(new RecommendationQuery(100_000, 4, 1_000, false), answers);

        Assert.True(recommendation.RateExact);
        Assert.Equal([Cell(100_000, 4, "1000")], recommendation.RateCells);
    }

    [Fact]
    public void Without_an_exact_cell_the_nearest_by_log_distance_is_used()
    {
        var answers = RateOnly(Cell(10_000, 1, "100"), Cell(10_000, 2, "1000"), Cell(100_000, 2, "100"), Cell(100_000, 2, "max"));

        // 30,000 entries: ln 3 from 10K, ln 3.3 from 100K; 4 readers: nearest 2; 500 writes/s: ln(1001/501) from 1,000, ln(501/101) from 100.
        var recommendation = Recommendation.For(new RecommendationQuery(30_000, 4, 500, false), answers);

        Assert.False(recommendation.RateExact);
        Assert.Equal([Cell(10_000, 2, "1000")], recommendation.RateCells);
    }

    [Fact]
    public void Equally_near_cells_are_all_used_and_max_is_never_a_candidate()
    {
        var answers = RateOnly(Cell(10_000, 2, "0"), Cell(1_000_000, 2, "0"), Cell(100_000, 2, "max"));

        var recommendation = Recommendation.For(new RecommendationQuery(100_000, 2, 0, false), answers);

        Assert.Equal([Cell(10_000, 2, "0"), Cell(1_000_000, 2, "0")], recommendation.RateCells);
    }

    [Fact]
    public void String_keys_against_int_key_runs_say_so_and_answer_nothing_by_rate()
    {
        var answers = RateOnly(Cell(100_000, 4, "1000"));

        var recommendation = Recommendation.For(new RecommendationQuery(100_000, 4, 1_000, true), answers);

        Assert.Empty(recommendation.RateCells);
        Assert.Contains(recommendation.Notes, note => note.Contains("int keys only", StringComparison.Ordinal));
    }

    [Fact]
    public void Distance_is_zero_only_for_the_same_cell_and_symmetric_in_factors()
    {
        Assert.Equal(0, CellDistance.Between(1_000, 2, 100, 1_000, 2, 100));
        Assert.Equal(CellDistance.Between(10_000, 2, null, 1_000, 2, null), CellDistance.Between(1_000, 2, null, 10_000, 2, null), 12);
        Assert.True(CellDistance.Between(1_000, 2, 0, 1_000, 2, 1) > 0);
    }
}
