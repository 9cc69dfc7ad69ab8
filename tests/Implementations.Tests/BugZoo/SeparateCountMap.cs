using Lab.Maps;

namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// BUG: the dictionary and its count are published as two fields, so a reader can pair the new
/// contents with the old count: <see cref="Count"/> and snapshots disagree with the contents.
/// </summary>
/// <remarks>
/// The race window sits between the two publishes of the first write that changes the count; it
/// closes once a snapshot has been taken inside it.
/// </remarks>
internal sealed class SeparateCountMap : BrokenMap
{
    private readonly Lock writeLock = new();
    private int count;

    public SeparateCountMap(IEnumerable<KeyValuePair<int, int>>? initial = null)
        : base(initial)
        => count = Current.Count;

    public override int Count => Volatile.Read(ref count);

    public override IReadOnlyDictionary<int, int> Snapshot()
    {
        var sawOpen = Window.IsOpen;
        var snapshot = new CountedSnapshot(Current, Volatile.Read(ref count));
        Window.PartnerActed(sawOpen);
        return snapshot;
    }

    protected override bool Publish(ReadOnlySpan<MapWrite<int, int>> writes)
    {
        lock (writeLock)
        {
            var next = CopyWith(Current, writes, out var changed);
            Store(next);
            var holding = next.Count != count && Window.TryHold();
            Volatile.Write(ref count, next.Count);
            if (holding)
            {
                Window.Close();
            }
            return changed;
        }
    }
}
