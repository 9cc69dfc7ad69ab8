namespace Lab.Maps;

/// <summary>
/// The mutable, thread-safe counters behind <see cref="IMapCostCounters"/>, shared by every map
/// that counts. Each add is one interlocked instruction: negligible beside the copy it counts.
/// </summary>
internal sealed class CostCounterSet
{
    private long copies;
    private long entriesCopied;
    private long casAttempts;
    private long casRetries;
    private long rebuilds;
    private long compactions;
    private long flips;
    private long readerWaits;

    /// <summary>Counts one copy of <paramref name="entries"/> entries.</summary>
    public void AddCopy(long entries) => AddCopies(1, entries);

    /// <summary>
    /// Counts <paramref name="copyCount"/> partial copies (such as the nodes of a trie's path copy)
    /// that copied <paramref name="entries"/> entries in all: two interlocked adds for a whole write.
    /// </summary>
    public void AddCopies(long copyCount, long entries)
    {
        Interlocked.Add(ref copies, copyCount);
        Interlocked.Add(ref entriesCopied, entries);
    }

    /// <summary>
    /// As <see cref="AddCopies"/>, for an owner whose writes are all serialized by one lock: plain
    /// adds published with <see cref="Volatile.Write(ref long, long)"/> (atomic for readers), no
    /// interlocked instruction on the write path. An owner uses either this or the interlocked adds
    /// for copies, never both.
    /// </summary>
    public void AddCopiesSerialized(long copyCount, long entries)
    {
        Volatile.Write(ref copies, copies + copyCount);
        Volatile.Write(ref entriesCopied, entriesCopied + entries);
    }

    /// <summary>Counts one rebuild from scratch holding <paramref name="entries"/> entries.</summary>
    public void AddRebuild(long entries)
    {
        Interlocked.Increment(ref rebuilds);
        Interlocked.Add(ref entriesCopied, entries);
    }

    /// <summary>Counts one compare-and-swap attempt, and a retry when it lost.</summary>
    public void AddCasAttempt(bool lost)
    {
        Interlocked.Increment(ref casAttempts);
        if (lost)
        {
            Interlocked.Increment(ref casRetries);
        }
    }

    /// <summary>Counts one compaction that copied <paramref name="entries"/> entries into a new base.</summary>
    public void AddCompaction(long entries)
    {
        Interlocked.Increment(ref compactions);
        Interlocked.Add(ref entriesCopied, entries);
    }

    /// <summary>Counts one left-right flip, for an owner whose writes are serialized by one lock (a plain add, published).</summary>
    public void AddFlipSerialized() => Volatile.Write(ref flips, flips + 1);

    /// <summary>Counts one wait of a left-right writer for readers to leave, for an owner whose writes are serialized by one lock.</summary>
    public void AddReaderWaitSerialized() => Volatile.Write(ref readerWaits, readerWaits + 1);

    /// <summary>A reading of every counter.</summary>
    public MapCostCounters Read() => new(
        Volatile.Read(ref copies),
        Volatile.Read(ref entriesCopied),
        Volatile.Read(ref casAttempts),
        Volatile.Read(ref casRetries),
        Volatile.Read(ref rebuilds),
        Volatile.Read(ref compactions),
        Volatile.Read(ref flips),
        Volatile.Read(ref readerWaits));
}
