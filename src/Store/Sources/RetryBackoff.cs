namespace Lab.CowStore;

/// <summary>
/// Exponential retry delays with a cap and "equal jitter", for loops that reconnect to a source (a
/// replica's origin, an etcd watch): the n-th delay after a success is drawn uniformly from [d/2, d]
/// where d = min(cap, initial * 2^(n-1)). Never zero (no retry storm), never above the cap, and
/// clients that lost their source at the same moment spread their retries.
/// Not thread-safe: one instance per retry loop.
/// </summary>
public sealed class RetryBackoff
{
    private readonly TimeSpan initial;
    private readonly TimeSpan cap;
    private readonly Random random;
    private TimeSpan ceiling;

    /// <summary>Creates the schedule.</summary>
    /// <param name="initial">The first delay's upper bound; above zero.</param>
    /// <param name="cap">The largest delay; at least <paramref name="initial"/>.</param>
    /// <param name="random">The jitter's source (<see cref="Random.Shared"/>, or a seeded one in tests).</param>
    public RetryBackoff(TimeSpan initial, TimeSpan cap, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, initial);
        ArgumentNullException.ThrowIfNull(random);
        this.initial = initial;
        this.cap = cap;
        this.random = random;
        ceiling = initial;
    }

    /// <summary>The delay before the next attempt; doubles the next one's range up to the cap.</summary>
    /// <returns>A delay in [d/2, d].</returns>
    public TimeSpan Next()
    {
        var delay = ceiling / 2 + ceiling / 2 * random.NextDouble();
        ceiling = ceiling * 2 > cap ? cap : ceiling * 2;
        return delay;
    }

    /// <summary>Starts over from the initial delay (after a success).</summary>
    public void Reset() => ceiling = initial;
}
