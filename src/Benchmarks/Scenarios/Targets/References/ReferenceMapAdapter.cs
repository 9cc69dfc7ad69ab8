using System.Diagnostics.CodeAnalysis;
using Lab.Maps;

namespace Lab.Benchmarks.Scenarios.Targets.References;

/// <summary>
/// A reference library's persistent map behind the lab's map interface, published the way
/// <see cref="HamtMap{TKey, TValue}"/> publishes its trie: writers take one lock, build the new
/// version and replace the published one; readers read the published version without a lock. So a
/// <c>targets</c> row of a reference map and of <c>hamt</c> pay the same publication cost and differ
/// only in the persistent structure. Only the single-threaded <c>targets</c> benchmarks use these.
/// </summary>
internal abstract class ReferenceMapAdapter : IConcurrentMap<int, int>
{
    /// <summary>Serializes writers, as <see cref="HamtMap{TKey, TValue}"/>'s lock does.</summary>
    protected Lock WriteLock { get; } = new();

    public IEqualityComparer<int> Comparer => EqualityComparer<int>.Default;

    public abstract int Count { get; }

    public abstract bool TryGetValue(int key, [MaybeNullWhen(false)] out int value);

    public abstract void Set(int key, int value);

    public abstract bool Remove(int key);

    public void ApplyBatch(ReadOnlySpan<MapWrite<int, int>> writes)
    {
        foreach (ref readonly var write in writes)
        {
            if (write.Kind == MapWriteKind.Remove)
            {
                Remove(write.Key);
            }
            else
            {
                Set(write.Key, write.Value);
            }
        }
    }

    public abstract IReadOnlyDictionary<int, int> Snapshot();
}
