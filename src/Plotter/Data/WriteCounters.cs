namespace Lab.Plotter.Data;

/// <summary>A map's own cost counters per write (<c>IMapCostCounters</c>); null where the map has none.</summary>
internal sealed record WriteCounters(
    double? CopiesPerWrite,
    double? EntriesCopiedPerWrite,
    double? CasAttemptsPerWrite,
    double? CasRetriesPerWrite,
    double? RebuildsPerWrite,
    double? CompactionsPerWrite);
