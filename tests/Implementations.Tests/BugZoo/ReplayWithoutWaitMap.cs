namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// BUG: a left-right writer that flips and replays at once, without waiting for the readers that
/// were still inside the old copy, so a reader can read a copy while the writer changes it.
/// </summary>
/// <remarks>
/// The first snapshot stalls on its copy (<see cref="StalledReader"/>) until a writer has half
/// applied a batch there, which only happens because nobody waits for it: it then copies a
/// half-applied batch.
/// </remarks>
internal sealed class ReplayWithoutWaitMap(IEnumerable<KeyValuePair<int, int>>? initial = null)
    : BrokenLeftRightMap(initial, new StalledReader())
{
    protected override void WaitForReadersOfTheOldCopy()
    {
        // the bug: readers of the old copy are not waited for
    }
}
