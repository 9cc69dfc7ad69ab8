using Lab.Maps;

namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// BUG: a left-right writer that never replays its write on the old copy, so the next write,
/// made on that stale copy and flipped in, silently undoes it.
/// </summary>
internal sealed class SkippedReplayMap(IEnumerable<KeyValuePair<int, int>>? initial = null)
    : BrokenLeftRightMap(initial, stall: null)
{
    protected override void Replay(int oldCopy, ReadOnlySpan<MapWrite<int, int>> writes)
    {
        // the bug: the old copy keeps the state before the write
    }
}
