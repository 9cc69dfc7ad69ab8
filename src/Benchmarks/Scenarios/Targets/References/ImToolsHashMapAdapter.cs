using System.Diagnostics.CodeAnalysis;
using ImTools;

namespace Lab.Benchmarks.Scenarios.Targets.References;

/// <summary>ImTools' <see cref="ImHashMap{K, V}"/> as a reference row (its <c>int</c>-key overloads); see <see cref="ReferenceMapAdapter"/>.</summary>
internal sealed class ImToolsHashMapAdapter : ReferenceMapAdapter
{
    private ImHashMap<int, int> published = ImHashMap<int, int>.Empty;

    public ImToolsHashMapAdapter(IEnumerable<KeyValuePair<int, int>> initial)
    {
        foreach (var pair in initial)
        {
            published = published.AddOrUpdate(pair.Key, pair.Value);
        }
    }

    public override int Count => Volatile.Read(ref published).Count();

    public override bool TryGetValue(int key, [MaybeNullWhen(false)] out int value)
        => Volatile.Read(ref published).TryFind(key, out value);

    public override void Set(int key, int value)
    {
        lock (WriteLock)
        {
            Volatile.Write(ref published, published.AddOrUpdate(key, value));
        }
    }

    public override bool Remove(int key)
    {
        lock (WriteLock)
        {
            var next = published.Remove(key);
            var changed = !ReferenceEquals(next, published);
            Volatile.Write(ref published, next);
            return changed;
        }
    }

    public override IReadOnlyDictionary<int, int> Snapshot()
        => Volatile.Read(ref published).Enumerate().ToDictionary(entry => entry.Hash, entry => entry.Value);
}
