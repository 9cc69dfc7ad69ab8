using System.Diagnostics.CodeAnalysis;

namespace Lab.Maps;

/// <summary>
/// Left-right (Ramalhete and Correia, 2015; the technique under Rust's <c>evmap</c>): two plain
/// <see cref="Dictionary{TKey, TValue}"/> copies; readers read the one a flag points to while the
/// writer changes the other, flips the flag, waits for the readers of the old copy to leave and
/// replays the change there.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reads</b>: arrive on a striped read indicator (<see cref="ReadIndicatorStriping"/>: one
/// interlocked add on a cache line only readers on the same core write), one
/// <see cref="Volatile.Read(ref readonly int)"/> of the flag, a plain lookup in that copy, depart
/// (one interlocked add). No lock, no retry, no allocation: wait-free. A copy is never changed while
/// a reader may be inside it, so any number of readers use it at once.
/// </para>
/// <para>
/// <b>Writes</b> are serialized by one lock. Each applies its change to the copy no reader reads
/// (O(1) for a single write), flips the flag with an interlocked write (every read that starts
/// afterwards reads the new copy), waits until every read that started before the flip has ended,
/// then replays the change on the old copy, so both copies agree again before the lock is released.
/// A write is visible to every read that starts after it returns: single-key operations are
/// linearizable (at the flip). A write that changes nothing (same value, absent key) flips nothing.
/// Cost: two O(1) dictionary writes, a scan of the read indicator (2 x stripes counters) and the
/// wait, and no garbage (the copies only allocate when a dictionary grows).
/// </para>
/// <para>
/// <b>What waits for what</b>: readers never wait, for a writer or for each other. A writer waits
/// only for reads under way at its flip; new readers arrive on the other half of the indicator and
/// cannot keep it waiting. A reader preempted inside a read therefore delays the writer (and the
/// writers queued behind its lock) by as long as it stays descheduled, never another reader.
/// </para>
/// <para>
/// <b>Batches</b> are one flip: atomic. When the comparer throws for one of a batch's keys the
/// hidden copy is undone (<see cref="InPlaceBatch"/>) before anything flips: the batch changes
/// nothing. The replay cannot throw with a deterministic comparer (it accepted every key already);
/// if one does, the old copy is rebuilt as a clone of the published one and the exception rethrown,
/// with the write applied.
/// </para>
/// <para>
/// <b>Snapshots</b> copy the published dictionary inside a read (the comparer-preserving clone, no
/// rehash): O(n) time and a whole dictionary of garbage per snapshot (LOH from about 5K entries).
/// The copy delays the writer like any read, never a reader. <see cref="Count"/> is the count of
/// one published state, read inside a read.
/// </para>
/// <para>
/// <b>Memory</b>: two full dictionaries (about twice a <see cref="Dictionary{TKey, TValue}"/>'s
/// memory) plus the indicator (256 bytes per stripe).
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class LeftRightMap<TKey, TValue> : IConcurrentMap<TKey, TValue>, IMapCostCounters
    where TKey : notnull
{
    private readonly Lock writeLock = new();
    private readonly CostCounterSet counters = new();
    private readonly ReadIndicator readers;

    // The two copies. Readers only read sides[readSide]; the writer changes only the other one,
    // except for its replay, which it starts once no reader can be inside the old copy.
    private readonly Dictionary<TKey, TValue>[] sides;
    private int readSide;

    /// <summary>Creates a map.</summary>
    /// <param name="initial">Initial contents, or <see langword="null"/>.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    /// <param name="striping">How the read indicator's counters are spread across cache lines.</param>
    public LeftRightMap(
        IEnumerable<KeyValuePair<TKey, TValue>>? initial = null,
        IEqualityComparer<TKey>? comparer = null,
        ReadIndicatorStriping striping = ReadIndicatorStriping.PerProcessor)
    {
        readers = new ReadIndicator(striping);
        var first = DictionaryCopy.From(initial, comparer);
        sides = [first, DictionaryCopy.Clone(first)];
    }

    /// <inheritdoc />
    public IEqualityComparer<TKey> Comparer => sides[0].Comparer;

    /// <inheritdoc />
    public int Count
    {
        get
        {
            var counter = readers.Arrive();
            try
            {
                return sides[Volatile.Read(ref readSide)].Count;
            }
            finally
            {
                readers.Depart(counter);
            }
        }
    }

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        KeyGuard.NotNull(key);
        var counter = readers.Arrive();
        try
        {
            return sides[Volatile.Read(ref readSide)].TryGetValue(key, out value);
        }
        finally
        {
            readers.Depart(counter);
        }
    }

    /// <inheritdoc />
    public void Set(TKey key, TValue value)
    {
        KeyGuard.NotNull(key);
        var write = MapWrite<TKey, TValue>.Set(key, value);
        Publish(new ReadOnlySpan<MapWrite<TKey, TValue>>(in write));
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        KeyGuard.NotNull(key);
        var write = MapWrite<TKey, TValue>.Remove(key);
        return Publish(new ReadOnlySpan<MapWrite<TKey, TValue>>(in write));
    }

    /// <inheritdoc />
    public void ApplyBatch(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        KeyGuard.NotNull(writes);
        Publish(writes);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<TKey, TValue> Snapshot()
    {
        var counter = readers.Arrive();
        try
        {
            return DictionaryCopy.AsSnapshot(DictionaryCopy.Clone(sides[Volatile.Read(ref readSide)]));
        }
        finally
        {
            readers.Depart(counter);
        }
    }

    /// <inheritdoc />
    public MapCostCounters ReadCounters() => counters.Read();

    // Returns whether the writes changed anything (and so were flipped in).
    private bool Publish(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        lock (writeLock)
        {
            var old = readSide;
            if (DictionaryCopy.WouldNotChange(sides[old], writes))
            {
                return false;
            }

            var hidden = old ^ 1;
            InPlaceBatch.Apply(sides[hidden], writes);
            Interlocked.Exchange(ref readSide, hidden);
            counters.AddFlipSerialized();
            readers.WaitForEarlierReaders(counters);
            Replay(old, writes);
            return true;
        }
    }

    private void Replay(int stale, ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        try
        {
            DictionaryCopy.Apply(sides[stale], writes);
        }
        catch
        {
            // Only a comparer that refuses a key it accepted a moment ago gets here: make both
            // copies the published state again before the exception leaves the lock.
            var published = sides[stale ^ 1];
            counters.AddCopiesSerialized(1, published.Count);
            sides[stale] = DictionaryCopy.Clone(published);
            throw;
        }
    }
}
