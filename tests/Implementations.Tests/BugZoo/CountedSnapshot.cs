using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// The snapshot <see cref="SeparateCountMap"/> hands out: contents from one field, the count from
/// another, read at slightly different moments.
/// </summary>
internal sealed class CountedSnapshot(Dictionary<int, int> contents, int count) : IReadOnlyDictionary<int, int>
{
    public int Count => count;

    public int this[int key] => contents[key];

    public IEnumerable<int> Keys => contents.Keys;

    public IEnumerable<int> Values => contents.Values;

    public bool ContainsKey(int key) => contents.ContainsKey(key);

    public bool TryGetValue(int key, [MaybeNullWhen(false)] out int value) => contents.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<int, int>> GetEnumerator() => contents.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
