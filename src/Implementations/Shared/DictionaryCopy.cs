using System.Collections.ObjectModel;

namespace Lab.Maps;

/// <summary>
/// The copy-on-write building blocks shared by every design that publishes a
/// <see cref="Dictionary{TKey, TValue}"/>: the comparer-preserving clone, applying writes to a
/// private copy, and the read-only view handed out as a snapshot.
/// </summary>
internal static class DictionaryCopy
{
    /// <summary>
    /// Clones <paramref name="source"/>. Passing a <see cref="Dictionary{TKey, TValue}"/> with its own
    /// comparer takes the runtime's fast path: buckets and entries are copied without rehashing.
    /// </summary>
    public static Dictionary<TKey, TValue> Clone<TKey, TValue>(Dictionary<TKey, TValue> source, int extraCapacity = 0)
        where TKey : notnull
    {
        if (extraCapacity == 0)
        {
            return new Dictionary<TKey, TValue>(source, source.Comparer);
        }

        var copy = new Dictionary<TKey, TValue>(source.Count + extraCapacity, source.Comparer);
        foreach (var pair in source)
        {
            copy.Add(pair.Key, pair.Value);
        }

        return copy;
    }

    /// <summary>Builds a dictionary from optional initial contents; a later duplicate key wins.</summary>
    public static Dictionary<TKey, TValue> From<TKey, TValue>(
        IEnumerable<KeyValuePair<TKey, TValue>>? initial,
        IEqualityComparer<TKey>? comparer)
        where TKey : notnull
    {
        var result = initial is ICollection<KeyValuePair<TKey, TValue>> sized
            ? new Dictionary<TKey, TValue>(sized.Count, comparer)
            : new Dictionary<TKey, TValue>(comparer);
        if (initial is not null)
        {
            foreach (var pair in initial)
            {
                KeyGuard.NotNull(pair.Key, nameof(initial));
                result[pair.Key] = pair.Value;
            }
        }

        return result;
    }

    /// <summary>True when setting <paramref name="key"/> to <paramref name="value"/> would change nothing.</summary>
    public static bool WouldNotChange<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> current, TKey key, TValue value)
        where TKey : notnull
        => current.TryGetValue(key, out var existing) && EqualityComparer<TValue>.Default.Equals(existing, value);

    /// <summary>Applies <paramref name="writes"/> in order to a dictionary nobody else can see yet.</summary>
    /// <returns>True when any write changed the contents.</returns>
    public static bool Apply<TKey, TValue>(Dictionary<TKey, TValue> target, ReadOnlySpan<MapWrite<TKey, TValue>> writes)
        where TKey : notnull
    {
        var changed = false;
        foreach (ref readonly var write in writes)
        {
            changed |= Apply(target, write);
        }

        return changed;
    }

    /// <summary>Applies one write to a dictionary nobody else can see yet.</summary>
    /// <returns>True when the write changed the contents.</returns>
    public static bool Apply<TKey, TValue>(Dictionary<TKey, TValue> target, in MapWrite<TKey, TValue> write)
        where TKey : notnull
    {
        if (write.Kind == MapWriteKind.Remove)
        {
            return target.Remove(write.Key);
        }

        if (WouldNotChange(target, write.Key, write.Value))
        {
            return false;
        }

        target[write.Key] = write.Value;
        return true;
    }

    /// <summary>True when applying <paramref name="write"/> to <paramref name="current"/> would change nothing.</summary>
    public static bool WouldNotChange<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> current, in MapWrite<TKey, TValue> write)
        where TKey : notnull
        => write.Kind == MapWriteKind.Remove
            ? !current.ContainsKey(write.Key)
            : WouldNotChange(current, write.Key, write.Value);

    /// <summary>True when applying <paramref name="writes"/> to <paramref name="current"/> would change nothing.</summary>
    public static bool WouldNotChange<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> current, ReadOnlySpan<MapWrite<TKey, TValue>> writes)
        where TKey : notnull
    {
        // Conservative: only a batch whose every write is a no-op against the current state
        // (and so against every intermediate state) is skipped.
        foreach (ref readonly var write in writes)
        {
            if (!WouldNotChange(current, write))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The copy-on-write step: the dictionary that results from applying <paramref name="write"/>
    /// to <paramref name="current"/>, as a new clone, or <paramref name="current"/> itself when the
    /// write changes nothing. Never mutates <paramref name="current"/>; counts the copy.
    /// </summary>
    public static Dictionary<TKey, TValue> With<TKey, TValue>(
        Dictionary<TKey, TValue> current,
        in MapWrite<TKey, TValue> write,
        CostCounterSet counters)
        where TKey : notnull
    {
        if (WouldNotChange(current, write))
        {
            return current;
        }

        counters.AddCopy(current.Count);
        var next = Clone(current);
        Apply(next, write);
        return next;
    }

    /// <summary>As <see cref="With{TKey, TValue}(Dictionary{TKey, TValue}, in MapWrite{TKey, TValue}, CostCounterSet)"/>, for a batch: one clone for all of it.</summary>
    public static Dictionary<TKey, TValue> With<TKey, TValue>(
        Dictionary<TKey, TValue> current,
        ReadOnlySpan<MapWrite<TKey, TValue>> writes,
        CostCounterSet counters)
        where TKey : notnull
    {
        if (WouldNotChange(current, writes))
        {
            return current;
        }

        counters.AddCopy(current.Count);
        var next = Clone(current);
        Apply(next, writes);
        return next;
    }

    /// <summary>
    /// A read-only view of a dictionary that is never mutated again: O(1), and safe to enumerate
    /// from any thread.
    /// </summary>
    public static IReadOnlyDictionary<TKey, TValue> AsSnapshot<TKey, TValue>(Dictionary<TKey, TValue> published)
        where TKey : notnull
        => new ReadOnlyDictionary<TKey, TValue>(published);
}
