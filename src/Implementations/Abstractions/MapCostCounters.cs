namespace Lab.Maps;

/// <summary>
/// A reading of a map's cost counters. Each counter only grows over the map's life; subtract two
/// readings to get the cost of the work done between them.
/// </summary>
/// <param name="Copies">Whole or partial structure copies made to publish writes (clones, path copies).</param>
/// <param name="EntriesCopied">Entries copied into new structures by those copies.</param>
/// <param name="CasAttempts">Compare-and-swap publish attempts.</param>
/// <param name="CasRetries">Attempts that lost the race and were retried.</param>
/// <param name="Rebuilds">Structures rebuilt from scratch (one per publish for rebuild-on-write designs).</param>
/// <param name="Compactions">Compactions of an override layer into a new base.</param>
/// <param name="Flips">Left-right flips: writes published by switching readers to the other copy.</param>
/// <param name="ReaderWaits">
/// Times a left-right writer found readers still inside a read it must outlast and waited for them
/// to leave (at most two per flip; zero when no read overlapped the write).
/// </param>
public readonly record struct MapCostCounters(
    long Copies,
    long EntriesCopied,
    long CasAttempts,
    long CasRetries,
    long Rebuilds,
    long Compactions,
    long Flips,
    long ReaderWaits)
{
    /// <summary>The counters accumulated between <paramref name="before"/> and <paramref name="after"/>.</summary>
    /// <param name="after">The later reading.</param>
    /// <param name="before">The earlier reading.</param>
    /// <returns>The difference, counter by counter.</returns>
    public static MapCostCounters operator -(MapCostCounters after, MapCostCounters before) => new(
        after.Copies - before.Copies,
        after.EntriesCopied - before.EntriesCopied,
        after.CasAttempts - before.CasAttempts,
        after.CasRetries - before.CasRetries,
        after.Rebuilds - before.Rebuilds,
        after.Compactions - before.Compactions,
        after.Flips - before.Flips,
        after.ReaderWaits - before.ReaderWaits);

    /// <summary>Named alternative to the subtraction operator.</summary>
    /// <param name="after">The later reading.</param>
    /// <param name="before">The earlier reading.</param>
    /// <returns>The difference, counter by counter.</returns>
    public static MapCostCounters Subtract(MapCostCounters after, MapCostCounters before) => after - before;
}
