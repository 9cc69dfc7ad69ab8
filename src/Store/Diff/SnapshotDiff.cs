using System.Collections;

namespace Lab.CowStore;

/// <summary>
/// Finds added, removed and changed members between two values of any type, nested collections
/// included, without code per type: reflection over public instance properties and fields, with each
/// type's member list computed once and cached.
/// </summary>
/// <remarks>
/// Rules: identical references are equal without being walked (cheap for structurally shared
/// snapshots); scalars, strings and types without public members compare with <c>Equals</c>;
/// dictionaries compare key by key; sets (<c>ISet</c>/<c>IReadOnlySet</c>) element by element; other
/// enumerables index by index (an insertion at the front shows as changes at every later index); other
/// objects member by member. A null on one side is an addition or removal. Values whose runtime types
/// differ are one change. Walking deeper than <see cref="MaxDepth"/> throws (a cyclic value).
/// </remarks>
public static class SnapshotDiff
{
    /// <summary>The deepest nesting walked before the value is assumed cyclic.</summary>
    public const int MaxDepth = 64;

    /// <summary>Compares the values of two snapshots.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="before">The older snapshot.</param>
    /// <param name="after">The newer snapshot.</param>
    /// <returns>Every difference, in member order.</returns>
    public static IReadOnlyList<MemberChange> Compare<T>(Snapshot<T> before, Snapshot<T> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return Compare(before.Value, after.Value);
    }

    /// <summary>Compares two values.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="before">The older value.</param>
    /// <param name="after">The newer value.</param>
    /// <returns>Every difference, in member order.</returns>
    /// <exception cref="InvalidOperationException">The values nest deeper than <see cref="MaxDepth"/>.</exception>
    public static IReadOnlyList<MemberChange> Compare<T>(T before, T after)
    {
        var changes = new List<MemberChange>();
        Walk(string.Empty, before, after, 0, changes);
        return changes;
    }

    private static void Walk(string path, object? before, object? after, int depth, List<MemberChange> changes)
    {
        if (ReferenceEquals(before, after))
        {
            return;
        }

        if (before is null || after is null)
        {
            changes.Add(new(path, before is null ? ChangeKind.Added : ChangeKind.Removed, before, after));
            return;
        }

        var type = before.GetType();
        var shape = TypeShape.Of(type);
        if (type != after.GetType() || shape.Kind == TypeShapeKind.Leaf)
        {
            if (!Equals(before, after))
            {
                changes.Add(new(path, ChangeKind.Changed, before, after));
            }

            return;
        }

        if (depth >= MaxDepth)
        {
            throw new InvalidOperationException($"SnapshotDiff: '{path}' nests deeper than {MaxDepth} levels; is the value cyclic?");
        }

        switch (shape.Kind)
        {
            case TypeShapeKind.Dictionary:
                WalkDictionary(path, (IDictionary)before, (IDictionary)after, depth, changes);
                break;
            case TypeShapeKind.Set:
                WalkSet(path, (IEnumerable)before, (IEnumerable)after, changes);
                break;
            case TypeShapeKind.Sequence:
                WalkSequence(path, (IEnumerable)before, (IEnumerable)after, depth, changes);
                break;
            default:
                foreach (var (name, get) in shape.Members)
                {
                    Walk(path.Length == 0 ? name : $"{path}.{name}", get(before), get(after), depth + 1, changes);
                }

                break;
        }
    }

    private static void WalkDictionary(string path, IDictionary before, IDictionary after, int depth, List<MemberChange> changes)
    {
        foreach (DictionaryEntry entry in before)
        {
            var itemPath = Item(path, entry.Key);
            if (after.Contains(entry.Key))
            {
                Walk(itemPath, entry.Value, after[entry.Key], depth + 1, changes);
            }
            else
            {
                changes.Add(new(itemPath, ChangeKind.Removed, entry.Value, null));
            }
        }

        foreach (DictionaryEntry entry in after)
        {
            if (!before.Contains(entry.Key))
            {
                changes.Add(new(Item(path, entry.Key), ChangeKind.Added, null, entry.Value));
            }
        }
    }

    private static void WalkSet(string path, IEnumerable before, IEnumerable after, List<MemberChange> changes)
    {
        var beforeItems = before.Cast<object?>().ToHashSet();
        var afterItems = after.Cast<object?>().ToHashSet();
        foreach (var item in beforeItems.Where(item => !afterItems.Contains(item)))
        {
            changes.Add(new(Item(path, item), ChangeKind.Removed, item, null));
        }

        foreach (var item in afterItems.Where(item => !beforeItems.Contains(item)))
        {
            changes.Add(new(Item(path, item), ChangeKind.Added, null, item));
        }
    }

    private static void WalkSequence(string path, IEnumerable before, IEnumerable after, int depth, List<MemberChange> changes)
    {
        var beforeItems = before.Cast<object?>().ToList();
        var afterItems = after.Cast<object?>().ToList();
        var common = Math.Min(beforeItems.Count, afterItems.Count);
        for (var i = 0; i < common; i++)
        {
            Walk(Item(path, i), beforeItems[i], afterItems[i], depth + 1, changes);
        }

        for (var i = common; i < beforeItems.Count; i++)
        {
            changes.Add(new(Item(path, i), ChangeKind.Removed, beforeItems[i], null));
        }

        for (var i = common; i < afterItems.Count; i++)
        {
            changes.Add(new(Item(path, i), ChangeKind.Added, null, afterItems[i]));
        }
    }

    private static string Item(string path, object? key) => $"{path}[{key}]";
}
