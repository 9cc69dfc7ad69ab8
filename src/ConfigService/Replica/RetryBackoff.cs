namespace Lab.ConfigService.Replica;

/// <summary>
/// Exponential retry delays with a cap and "equal jitter": the n-th delay after a success is drawn
/// uniformly from [d/2, d] where d = min(cap, initial * 2^(n-1)). Never zero (no retry storm), never
/// above the cap, and replicas that lost the origin at the same moment spread their retries.
/// </summary>
internal sealed class RetryBackoff
{
    private readonly TimeSpan initial;
    private readonly TimeSpan cap;
    private readonly Random random;
    private TimeSpan ceiling;

    public RetryBackoff(TimeSpan initial, TimeSpan cap, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, initial);
        this.initial = initial;
        this.cap = cap;
        this.random = random;
        ceiling = initial;
    }

    /// <summary>The delay before the next attempt; doubles the next one's range up to the cap.</summary>
    public TimeSpan Next()
    {
        var delay = ceiling / 2 + ceiling / 2 * random.NextDouble();
        ceiling = ceiling * 2 > cap ? cap : ceiling * 2;
        return delay;
    }

    /// <summary>Starts over from the initial delay (after a success).</summary>
    public void Reset() => ceiling = initial;
}
