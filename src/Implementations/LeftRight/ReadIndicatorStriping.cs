namespace Lab.Maps;

/// <summary>
/// How <see cref="LeftRightMap{TKey, TValue}"/> spreads its read indicator's counters, so that
/// readers on different cores do not write one shared cache line.
/// </summary>
public enum ReadIndicatorStriping
{
    /// <summary>
    /// One counter per processor (rounded up to a power of two), chosen by
    /// <see cref="Thread.GetCurrentProcessorId"/>: two threads share a counter only while they run on
    /// one core (or after a migration the cached processor id has not caught up with).
    /// </summary>
    PerProcessor,

    /// <summary>
    /// Four counters per processor (rounded up to a power of two), chosen by a number each thread
    /// draws once: a thread keeps its counter wherever it runs, and two threads share one only when
    /// their numbers collide.
    /// </summary>
    PerThread,

    /// <summary>One counter every reader writes: the unstriped baseline, for comparison only.</summary>
    Shared,
}
