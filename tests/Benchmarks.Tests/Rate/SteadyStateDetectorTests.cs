using Lab.Benchmarks.Rate;

namespace Lab.Benchmarks.Tests.Rate;

/// <summary>The steady-state rule on synthetic sub-window series (a pure function: no clock, no threads).</summary>
public sealed class SteadyStateDetectorTests
{
    private static readonly TimeSpan cap = TimeSpan.FromSeconds(2);

    private static SubWindowSample Sample(long p99, int gen2 = 0, long writes = 50, long compactions = 0) => new(0.25, gen2, p99, writes, compactions);

    private static SteadyStateDetector Detector(long? periodicWrites = null, double? rate = 200) => new(SteadyStateCriterion.Default, cap, periodicWrites, rate);

    [Fact]
    public void One_sub_window_is_never_enough()
        => Assert.False(Detector().Evaluate([Sample(100)]).Done);

    [Fact]
    public void Two_agreeing_sub_windows_are_steady()
    {
        var outcome = Detector().Evaluate([Sample(100), Sample(120)]);
        Assert.True(outcome.Done);
        Assert.True(outcome.Steady);
        Assert.Null(outcome.Note);
    }

    [Fact]
    public void A_p99_still_falling_keeps_the_warm_up_going_until_it_settles()
    {
        var detector = Detector();
        Assert.False(detector.Evaluate([Sample(400), Sample(200)]).Done);
        Assert.True(detector.Evaluate([Sample(400), Sample(200), Sample(190)]).Steady);
    }

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(4, 5, true)]
    [InlineData(0, 3, false)]
    [InlineData(2, 6, false)]
    public void Gen2_counts_agree_within_one_collection_or_a_quarter(int first, int second, bool agree)
        => Assert.Equal(agree, Detector().Evaluate([Sample(100, first), Sample(100, second)]).Steady);

    [Fact]
    public void Disagreeing_sub_windows_up_to_the_cap_end_not_steady_with_the_reason()
    {
        var samples = Enumerable.Range(0, 8).Select(i => Sample(i % 2 == 0 ? 100 : 300)).ToList();
        Assert.False(Detector().Evaluate(samples[..7]).Done);
        var outcome = Detector().Evaluate(samples);
        Assert.True(outcome.Done);
        Assert.False(outcome.Steady);
        Assert.Contains("reader p99", outcome.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compaction_the_rate_reaches_within_the_cap_is_waited_for()
    {
        var detector = Detector(periodicWrites: 318, rate: 200);
        Assert.True(detector.PeriodicRequired);
        Assert.False(detector.Evaluate([Sample(100), Sample(100)]).Done);
        Assert.True(detector.Evaluate([Sample(100), Sample(100), Sample(100, compactions: 1), Sample(100)]).Steady);
    }

    [Fact]
    public void A_compaction_never_seen_by_the_cap_is_the_reason_a_cell_is_not_steady()
    {
        var outcome = Detector(periodicWrites: 318, rate: 200).Evaluate([.. Enumerable.Repeat(Sample(100), 8)]);
        Assert.False(outcome.Steady);
        Assert.Contains("no compaction", outcome.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compaction_beyond_the_cap_at_this_rate_is_not_required_and_the_note_says_so()
    {
        var detector = Detector(periodicWrites: 3_175, rate: 100);
        Assert.False(detector.PeriodicRequired);
        var outcome = detector.Evaluate([Sample(100), Sample(100)]);
        Assert.True(outcome.Steady);
        Assert.Contains("beyond the 2 s warm-up cap", outcome.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_writer_no_periodic_cost_is_required()
        => Assert.False(Detector(periodicWrites: 34, rate: 0).PeriodicRequired);

    [Fact]
    public void The_shortest_warm_up_covers_the_writes_a_compaction_needs()
    {
        var subWindow = TimeSpan.FromMilliseconds(250);
        Assert.Equal(TimeSpan.FromMilliseconds(500), Detector().ShortestWarmup(subWindow));
        Assert.Equal(TimeSpan.FromMilliseconds(1750), Detector(periodicWrites: 318, rate: 200).ShortestWarmup(subWindow));
    }

    [Theory]
    [InlineData(100_000, 10_000, 3_208)]
    [InlineData(10_000, 10_000, 322)]
    [InlineData(1_000, 1_000, 38)]
    [InlineData(100_000, 100, 6_352)]
    public void Layered_compacts_after_about_a_32nd_of_its_size_in_uniform_writes(int size, double rate, long writes)
    {
        Assert.Equal(writes, PeriodicCost.WritesUntilFirst("layered", size, new WriteRate(rate)));
        Assert.Null(PeriodicCost.WritesUntilFirst("cow", size, new WriteRate(rate)));
    }
}
