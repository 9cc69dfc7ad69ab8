namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// BUG: a left-right reader that reads the flag before it arrives on the read indicator, so a
/// writer that flips in between does not see it and replays on the copy it is about to read.
/// </summary>
/// <remarks>
/// The first snapshot stalls between reading the flag and arriving (<see cref="StalledReader"/>)
/// until a writer, which saw no reader, has half applied a batch on that copy: it then copies a
/// half-applied batch.
/// </remarks>
internal sealed class FlagBeforeArrivalMap(IEnumerable<KeyValuePair<int, int>>? initial = null)
    : BrokenLeftRightMap(initial, new StalledReader())
{
    protected override bool ArrivesBeforeReadingTheFlag => false; // the bug
}
