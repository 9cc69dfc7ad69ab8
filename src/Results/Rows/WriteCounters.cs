namespace Lab.Results;

/// <summary>A map's own cost counters per write (<c>IMapCostCounters</c>); null where the map has none or the cell no writes.</summary>
public sealed record WriteCounters(
    double? CopiesPerWrite,
    double? EntriesCopiedPerWrite,
    double? CasAttemptsPerWrite,
    double? CasRetriesPerWrite,
    double? RebuildsPerWrite,
    double? CompactionsPerWrite,
    double? FlipsPerWrite,
    double? ReaderWaitsPerWrite)
{
    /// <summary>No counters.</summary>
    public static WriteCounters None { get; } = new(null, null, null, null, null, null, null, null);
}
