namespace Lab.Benchmarks.Rate;

/// <summary>
/// The clock of the fixed-rate writer, injectable so the schedule can be tested without real time:
/// timestamps in <see cref="TicksPerSecond"/> units, and a wait that returns once <see cref="Now"/>
/// has reached a target.
/// </summary>
internal interface IRateClock
{
    /// <summary>Ticks per second of <see cref="Now"/>.</summary>
    long TicksPerSecond { get; }

    /// <summary>The current timestamp.</summary>
    long Now { get; }

    /// <summary>Returns when <see cref="Now"/> is at or past <paramref name="timestamp"/> (at once if it already is).</summary>
    void WaitUntil(long timestamp);
}
