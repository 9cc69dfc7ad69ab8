namespace Lab.CowStore.Tests;

public sealed class RetryBackoffTests
{
    [Fact]
    public void Delays_double_within_jitter_up_to_the_cap_and_restart_after_reset()
    {
        var initial = TimeSpan.FromMilliseconds(100);
        var cap = TimeSpan.FromSeconds(1);
        var backoff = new RetryBackoff(initial, cap, new Random(7));
        var ceiling = initial;
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var delay = backoff.Next();
            Assert.InRange(delay, ceiling / 2, ceiling);
            ceiling = ceiling * 2 > cap ? cap : ceiling * 2;
        }

        backoff.Reset();
        Assert.InRange(backoff.Next(), initial / 2, initial);
    }

    [Fact]
    public void Jitter_spreads_delays()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), new Random(1));

        var delays = Enumerable.Range(0, 20).Select(_ => backoff.Next()).Distinct().Count();

        Assert.True(delays > 10);
    }
}
