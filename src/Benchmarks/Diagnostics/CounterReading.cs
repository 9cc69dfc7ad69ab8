using Lab.Maps;

namespace Lab.Benchmarks.Diagnostics;

/// <summary>A map's counter deltas over a benchmark process's invocations, and the writes they paid for.</summary>
/// <param name="Counters">Counters accumulated from global setup to global cleanup.</param>
/// <param name="Writes">Write operations performed in that span.</param>
public readonly record struct CounterReading(MapCostCounters Counters, long Writes)
{
    /// <summary>Two readings of the same cell (e.g. two launches) added together.</summary>
    public static CounterReading operator +(CounterReading left, CounterReading right)
        => new(Sum(left.Counters, right.Counters), left.Writes + right.Writes);

    /// <summary>Named alternative to the addition operator.</summary>
    public static CounterReading Add(CounterReading left, CounterReading right) => left + right;

    /// <summary>Counter-by-counter sum of two deltas.</summary>
    internal static MapCostCounters Sum(MapCostCounters left, MapCostCounters right) => new(
        left.Copies + right.Copies,
        left.EntriesCopied + right.EntriesCopied,
        left.CasAttempts + right.CasAttempts,
        left.CasRetries + right.CasRetries,
        left.Rebuilds + right.Rebuilds,
        left.Compactions + right.Compactions,
        left.Flips + right.Flips,
        left.ReaderWaits + right.ReaderWaits);

    /// <summary>A counter per write, or <see langword="null"/> when nothing was written.</summary>
    public double? PerWrite(long counter) => Writes > 0 ? (double)counter / Writes : null;
}
