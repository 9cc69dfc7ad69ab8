using Lab.Maps;

namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// BUG: writes mutate the published dictionary in place instead of publishing a copy, so a
/// snapshot handed out earlier changes under its holder (and concurrent readers race the writer).
/// </summary>
internal sealed class InPlaceMutationMap(IEnumerable<KeyValuePair<int, int>>? initial = null) : BrokenMap(initial)
{
    private readonly Lock writeLock = new();

    protected override bool Publish(ReadOnlySpan<MapWrite<int, int>> writes)
    {
        lock (writeLock)
        {
            return DictionaryCopy.Apply(Current, writes);
        }
    }
}
