using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using Lab.Maps;

namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// What every bug-zoo map shares: a <see cref="Dictionary{TKey, TValue}"/> published through one
/// field, correct lock-free reads, and every write routed through <see cref="Publish"/>, where
/// each variant puts its bug. Only the published-state plumbing lives here, never a bug.
/// </summary>
internal abstract class BrokenMap : IConcurrentMap<int, int>
{
    private Dictionary<int, int> published;

    protected BrokenMap(IEnumerable<KeyValuePair<int, int>>? initial) => published = DictionaryCopy.From(initial, comparer: null);

    public IEqualityComparer<int> Comparer => EqualityComparer<int>.Default;

    public virtual int Count => Current.Count;

    /// <summary>The forced interleaving the variant's bug window uses.</summary>
    protected RaceWindow Window { get; } = new();

    protected Dictionary<int, int> Current => Volatile.Read(ref published);

    public bool TryGetValue(int key, [MaybeNullWhen(false)] out int value) => Current.TryGetValue(key, out value);

    public void Set(int key, int value) => Publish([MapWrite<int, int>.Set(key, value)]);

    public bool Remove(int key) => Publish([MapWrite<int, int>.Remove(key)]);

    public void ApplyBatch(ReadOnlySpan<MapWrite<int, int>> writes) => Publish(writes);

    public virtual IReadOnlyDictionary<int, int> Snapshot() => new ReadOnlyDictionary<int, int>(Current);

    /// <summary>Applies the writes; returns whether they changed anything.</summary>
    protected abstract bool Publish(ReadOnlySpan<MapWrite<int, int>> writes);

    /// <summary>Publishes <paramref name="next"/> unconditionally.</summary>
    protected void Store(Dictionary<int, int> next) => Volatile.Write(ref published, next);

    /// <summary>Publishes <paramref name="next"/> only if <paramref name="expected"/> is still published.</summary>
    protected bool TryStore(Dictionary<int, int> expected, Dictionary<int, int> next)
        => ReferenceEquals(Interlocked.CompareExchange(ref published, next, expected), expected);

    /// <summary>A private copy of <paramref name="current"/> with <paramref name="writes"/> applied.</summary>
    protected static Dictionary<int, int> CopyWith(Dictionary<int, int> current, ReadOnlySpan<MapWrite<int, int>> writes, out bool changed)
    {
        var next = DictionaryCopy.Clone(current);
        changed = DictionaryCopy.Apply(next, writes);
        return next;
    }
}
