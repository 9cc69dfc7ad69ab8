using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using Lab.Maps;

namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// What every broken left-right map shares: two copies, the real <see cref="ReadIndicator"/>, a
/// flag, and the protocol's steps as overridable members, each correct here; every variant
/// overrides the one step where it puts its bug. The writer applies a batch one write at a time
/// and, after the first write of a batch of two or more, reports the copy it is changing to the
/// optional <see cref="StalledReader"/>, which the first <see cref="Snapshot"/> stalls on.
/// </summary>
internal abstract class BrokenLeftRightMap : IConcurrentMap<int, int>
{
    private readonly Lock writeLock = new();
    private readonly CostCounterSet costs = new();
    private readonly ReadIndicator readers = new(ReadIndicatorStriping.PerProcessor);
    private readonly Dictionary<int, int>[] sides;
    private readonly StalledReader? stall;
    private int readSide;

    protected BrokenLeftRightMap(IEnumerable<KeyValuePair<int, int>>? initial, StalledReader? stall)
    {
        var first = DictionaryCopy.From(initial, comparer: null);
        sides = [first, DictionaryCopy.Clone(first)];
        this.stall = stall;
    }

    public IEqualityComparer<int> Comparer => EqualityComparer<int>.Default;

    public int Count => Read(static side => side.Count, mayStall: false);

    /// <summary>False for a reader that reads the flag before it arrives on the read indicator.</summary>
    protected virtual bool ArrivesBeforeReadingTheFlag => true;

    public bool TryGetValue(int key, [MaybeNullWhen(false)] out int value)
    {
        var found = 0;
        var result = Read(side => side.TryGetValue(key, out found), mayStall: false);
        value = found;
        return result;
    }

    public void Set(int key, int value) => Publish([MapWrite<int, int>.Set(key, value)]);

    public bool Remove(int key) => Publish([MapWrite<int, int>.Remove(key)]);

    public void ApplyBatch(ReadOnlySpan<MapWrite<int, int>> writes) => Publish(writes);

    public IReadOnlyDictionary<int, int> Snapshot()
        => Read(static side => new ReadOnlyDictionary<int, int>(DictionaryCopy.Clone(side)), mayStall: true);

    /// <summary>Waits until no reader that may have read the old copy is still inside a read.</summary>
    protected virtual void WaitForReadersOfTheOldCopy() => readers.WaitForEarlierReaders(costs);

    /// <summary>Brings the old copy up to date once no reader is in it.</summary>
    protected virtual void Replay(int oldCopy, ReadOnlySpan<MapWrite<int, int>> writes) => Apply(oldCopy, writes);

    private T Read<T>(Func<Dictionary<int, int>, T> read, bool mayStall)
    {
        int counter;
        int side;
        var stalled = false;
        if (ArrivesBeforeReadingTheFlag)
        {
            counter = readers.Arrive();
            side = Volatile.Read(ref readSide);
            stalled = mayStall && stall is not null && stall.TryStall(side);
        }
        else
        {
            side = Volatile.Read(ref readSide);
            stalled = mayStall && stall is not null && stall.TryStall(side);
            counter = readers.Arrive();
        }

        try
        {
            return read(sides[side]);
        }
        finally
        {
            readers.Depart(counter);
            if (stalled)
            {
                stall!.Finished();
            }
        }
    }

    private bool Publish(ReadOnlySpan<MapWrite<int, int>> writes)
    {
        lock (writeLock)
        {
            var old = readSide;
            if (DictionaryCopy.WouldNotChange(sides[old], writes))
            {
                return false;
            }

            Apply(old ^ 1, writes);
            Interlocked.Exchange(ref readSide, old ^ 1);
            WaitForReadersOfTheOldCopy();
            Replay(old, writes);
            return true;
        }
    }

    private void Apply(int copy, ReadOnlySpan<MapWrite<int, int>> writes)
    {
        for (var i = 0; i < writes.Length; i++)
        {
            DictionaryCopy.Apply(sides[copy], writes[i]);
            if (i == 0 && writes.Length > 1)
            {
                stall?.WriterChanging(copy);
            }
        }
    }
}
