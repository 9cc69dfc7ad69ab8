using Lab.Benchmarks.Rate;

namespace Lab.Benchmarks.Tests.Rate;

/// <summary>A clock in microseconds that moves only when waited on or advanced: the schedule's tests run in no real time.</summary>
internal sealed class FakeClock : IRateClock
{
    public long TicksPerSecond => 1_000_000;

    public long Now { get; private set; }

    public void WaitUntil(long timestamp) => Now = Math.Max(Now, timestamp);

    /// <summary>What a write that takes <paramref name="microseconds"/> does to the clock.</summary>
    public void Advance(long microseconds) => Now += microseconds;
}
