using Lab.Maps;

namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// BUG: a lock-free copy-on-write writer that gives up when it loses the compare-and-swap
/// instead of retrying from the new state, so the losing write is silently dropped.
/// </summary>
/// <remarks>
/// The race window sits between reading the published state and the CAS: the first writer waits
/// there until another writer has published, so its CAS loses on every run; later writers wait
/// until it has returned, so nothing but the partner's write overlaps the dropped one.
/// </remarks>
internal sealed class DroppingCasMap(IEnumerable<KeyValuePair<int, int>>? initial = null) : BrokenMap(initial)
{
    protected override bool Publish(ReadOnlySpan<MapWrite<int, int>> writes)
    {
        var current = Current;
        var next = CopyWith(current, writes, out var changed);
        if (!changed)
        {
            return false;
        }

        var holding = Window.TryHold();
        var sawOpen = Window.IsOpen;
        var stored = TryStore(current, next); // the bug: a lost CAS is not retried, the write is dropped
        Window.PartnerActed(sawOpen && stored);
        if (holding)
        {
            Window.Close();
        }

        return true;
    }
}
