namespace Lab.Benchmarks.Experiments;

/// <summary>
/// Process-wide allocation and collection counters at one moment; subtract two readings for the
/// work in between. Allocation is precise (all threads), so take readings outside timed loops.
/// </summary>
internal readonly record struct GcReading(long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public static GcReading Take() => new(GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public static GcReading operator -(GcReading after, GcReading before)
        => new(after.AllocatedBytes - before.AllocatedBytes, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2);

    /// <summary>Named alternative to the subtraction operator.</summary>
    public static GcReading Subtract(GcReading after, GcReading before) => after - before;
}
