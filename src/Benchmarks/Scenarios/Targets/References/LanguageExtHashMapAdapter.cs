using System.Diagnostics.CodeAnalysis;
using LanguageExt;

namespace Lab.Benchmarks.Scenarios.Targets.References;

/// <summary>LanguageExt.Core's <see cref="HashMap{K, V}"/> (CHAMP) as a reference row; see <see cref="ReferenceMapAdapter"/>.</summary>
internal sealed class LanguageExtHashMapAdapter(IEnumerable<KeyValuePair<int, int>> initial) : ReferenceMapAdapter
{
    // A struct around one reference: single-threaded targets only, so a plain field suffices.
    private HashMap<int, int> published = Prelude.toHashMap(initial);

    public override int Count => published.Count;

    public override bool TryGetValue(int key, [MaybeNullWhen(false)] out int value)
    {
        var found = published.Find(key);
        value = found.IfNone(0);
        return found.IsSome;
    }

    public override void Set(int key, int value)
    {
        lock (WriteLock)
        {
            published = published.AddOrUpdate(key, value);
        }
    }

    public override bool Remove(int key)
    {
        lock (WriteLock)
        {
            var before = published.Count;
            published = published.Remove(key);
            return published.Count != before;
        }
    }

    public override IReadOnlyDictionary<int, int> Snapshot()
    {
        var copy = new Dictionary<int, int>(published.Count);
        foreach (var (key, value) in published)
        {
            copy[key] = value;
        }

        return copy;
    }
}
