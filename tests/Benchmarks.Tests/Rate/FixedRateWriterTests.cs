using HdrHistogram;
using Lab.Benchmarks.Rate;

namespace Lab.Benchmarks.Tests.Rate;

/// <summary>The fixed-rate schedule, on a fake clock: writes whose durations are known exactly.</summary>
public sealed class FixedRateWriterTests
{
    private const long millisecond = 1_000;

    [Fact]
    public void A_stall_shows_in_every_queued_write_when_timed_from_the_intended_start()
    {
        // 100 writes/s: write i is intended at i x 10 ms. Each takes 1 ms, except write 10, which stalls for 55 ms.
        var clock = new FakeClock();
        var result = new FixedRateWriter(clock, new WriteRate(100)).Run(0, 1_000 * millisecond, i => clock.Advance(i == 10 ? 55 * millisecond : 1 * millisecond));

        // Write 10 ends at 155 ms; writes 11-15 (intended at 110-150 ms) queue behind it and start 1 ms apart.
        long[] queued = [55, 46, 37, 28, 19, 10];
        var slow = result.Latency.RecordedValues().Where(v => v.ValueIteratedTo > 2 * millisecond * 1_000).ToList();
        Assert.Equal(queued.Length, slow.Sum(v => v.CountAtValueIteratedTo));
        foreach (var milliseconds in queued)
        {
            Assert.Equal(1, result.Latency.GetCountAtValue(milliseconds * 1_000_000));
        }

        // Timed from the actual start (coordinated omission), only the stalled write is slow.
        Assert.Equal(1, result.Service.RecordedValues().Where(v => v.ValueIteratedTo > 2 * millisecond * 1_000).Sum(v => v.CountAtValueIteratedTo));
        Assert.Equal(100, result.Writes);
        Assert.True(result.RateMet);
    }

    [Fact]
    public void Writes_slower_than_the_period_report_the_achieved_rate_and_a_missed_target()
    {
        // Target 100/s, but every write takes 25 ms: 40 writes fit in the 1 s window.
        var clock = new FakeClock();
        var result = new FixedRateWriter(clock, new WriteRate(100)).Run(0, 1_000 * millisecond, _ => clock.Advance(25 * millisecond));

        Assert.Equal(40, result.Writes);
        Assert.Equal(40, result.AchievedPerSecond, precision: 9);
        Assert.Equal(100, result.IntendedWrites);
        Assert.Equal(60, result.Backlog);
        Assert.False(result.RateMet);

        // The last write was intended at 39 x 10 ms and ended at 40 x 25 ms: the queue grew by 15 ms per write.
        Assert.Equal(610 * millisecond * 1_000, result.Latency.GetMaxValue(), tolerance: 610 * millisecond);
        Assert.Equal(25 * millisecond * 1_000, result.Service.GetMaxValue(), tolerance: 25 * millisecond);
    }

    [Fact]
    public void Writes_faster_than_the_period_keep_the_rate_and_wait_for_the_schedule()
    {
        var clock = new FakeClock();
        var starts = new List<long>();
        var result = new FixedRateWriter(clock, new WriteRate(1_000)).Run(0, 100 * millisecond, _ =>
        {
            starts.Add(clock.Now);
            clock.Advance(100);
        });

        Assert.Equal(100, result.Writes);
        Assert.Equal(1_000, result.AchievedPerSecond, precision: 9);
        Assert.True(result.RateMet);
        Assert.Equal(0, result.Backlog);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => i * millisecond), starts);
        Assert.Equal(100_000, result.Latency.GetMaxValue(), tolerance: 100);
    }

    [Fact]
    public void Max_rate_starts_each_write_when_the_previous_returns_and_has_no_target()
    {
        var clock = new FakeClock();
        var result = new FixedRateWriter(clock, WriteRate.Max).Run(0, 1_000 * millisecond, _ => clock.Advance(2 * millisecond));

        Assert.Equal(500, result.Writes);
        Assert.Equal(500, result.AchievedPerSecond, precision: 9);
        Assert.Null(result.IntendedWrites);
        Assert.Null(result.RateMet);
        Assert.Equal(result.Service.TotalCount, result.Latency.TotalCount);
        Assert.Equal(result.Service.GetMaxValue(), result.Latency.GetMaxValue());
    }

    [Fact]
    public void A_writer_after_the_window_end_does_not_start_another_write()
    {
        var clock = new FakeClock();
        var result = new FixedRateWriter(clock, new WriteRate(10)).Run(0, 1_000 * millisecond, i => clock.Advance(i == 0 ? 2_000 * millisecond : 1));
        Assert.Equal(1, result.Writes);
        Assert.False(result.RateMet);
    }

    [Fact]
    public void Rate_zero_has_no_writer()
        => Assert.Throws<InvalidOperationException>(() => new FixedRateWriter(new FakeClock(), WriteRate.None).Run(0, 1, _ => { }));

    [Theory]
    [InlineData(1, 2)]
    [InlineData(100, 2)]
    [InlineData(200, 2)]
    [InlineData(300, 3)]
    [InlineData(1_000, 10)]
    [InlineData(10_000, 100)]
    public void The_sentinel_is_stamped_about_100_times_a_second_at_most(double rate, int every)
        => Assert.Equal(every, SentinelWriter.StampInterval(new WriteRate(rate)));
}
