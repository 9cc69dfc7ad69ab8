using System.Collections.ObjectModel;
using Lab.Maps;

namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// BUG: a copy-on-write map that claims atomic batches but publishes after every write of a
/// batch, so a reader can see the batch half applied.
/// </summary>
/// <remarks>
/// The race window sits after the first publish of the first batch of two or more writes; it
/// closes once a snapshot has been taken inside it.
/// </remarks>
internal sealed class PerWriteBatchMap(IEnumerable<KeyValuePair<int, int>>? initial = null) : BrokenMap(initial)
{
    private readonly Lock writeLock = new();

    public override IReadOnlyDictionary<int, int> Snapshot()
    {
        var sawOpen = Window.IsOpen;
        var snapshot = new ReadOnlyDictionary<int, int>(Current);
        Window.PartnerActed(sawOpen);
        return snapshot;
    }

    protected override bool Publish(ReadOnlySpan<MapWrite<int, int>> writes)
    {
        lock (writeLock)
        {
            var changed = false;
            for (var i = 0; i < writes.Length; i++)
            {
                Store(CopyWith(Current, writes.Slice(i, 1), out var changedOne));
                changed |= changedOne;
                if (i == 0 && writes.Length > 1 && Window.TryHold())
                {
                    Window.Close(); // the partner's snapshot is taken; the rest of the batch may follow
                }
            }

            return changed;
        }
    }
}
