using System.Diagnostics;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// <see cref="Stopwatch"/> time. Waits sleep while more than <see cref="SleepThreshold"/> remains
/// (a sleep on Linux lasts about a millisecond longer than asked), then yield the processor until the
/// target: the writer never burns a core that the readers could use, at the price of a start up to
/// a scheduler quantum late, which the coordinated-omission-corrected latency then shows.
/// </summary>
internal sealed class StopwatchClock : IRateClock
{
    /// <summary>The one instance.</summary>
    public static readonly StopwatchClock Instance = new();

    private static readonly long sleepThreshold = Stopwatch.Frequency * 2 / 1000;

    private StopwatchClock()
    {
    }

    /// <summary>Remaining time above which a wait sleeps instead of yielding: 2 ms.</summary>
    public static TimeSpan SleepThreshold => TimeSpan.FromMilliseconds(2);

    public long TicksPerSecond => Stopwatch.Frequency;

    public long Now => Stopwatch.GetTimestamp();

    public void WaitUntil(long timestamp)
    {
        while (true)
        {
            var remaining = timestamp - Stopwatch.GetTimestamp();
            if (remaining <= 0)
            {
                return;
            }

            if (remaining > sleepThreshold)
            {
                Thread.Sleep(1);
            }
            else
            {
                _ = Thread.Yield();
            }
        }
    }
}
