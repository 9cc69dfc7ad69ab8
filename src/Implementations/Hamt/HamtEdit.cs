namespace Lab.Maps;

/// <summary>
/// The state of one write (or one batch of writes) to a trie: the key comparer, the owner token
/// that allows editing in place, what changed, and what was copied.
/// </summary>
/// <remarks>
/// <para>
/// <b>Ownership</b> (Clojure's transients): a batch makes a fresh <see cref="Owner"/> token, and
/// every node it creates carries that token. Such a node is reachable only from the batch's working
/// root until the batch publishes, so later writes of the same batch may edit it in place. Each
/// batch's token is new and dropped when the batch ends, so a published node is never edited again.
/// A single write has no owner and copies its whole path.
/// </para>
/// <para>
/// An owned node's arrays are its own: whenever a node is created for an owner, every non-empty
/// array it would otherwise share with an older node is copied (<see cref="Share{T}"/>).
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
internal ref struct HamtEdit<TKey>(IEqualityComparer<TKey>? comparer, object? owner)
    where TKey : notnull
{
    /// <summary>The stored key comparer (see <see cref="HamtKeys"/>).</summary>
    public readonly IEqualityComparer<TKey>? Comparer = comparer;

    /// <summary>The batch's owner token, or <see langword="null"/> for a single persistent write.</summary>
    public readonly object? Owner = owner;

    /// <summary>Whether any write so far changed the contents.</summary>
    public bool Changed;

    /// <summary>Entries added minus entries removed so far.</summary>
    public int CountDelta;

    /// <summary>Existing nodes copied (path copy).</summary>
    public int NodesCopied;

    /// <summary>Array slots copied from existing arrays into new ones.</summary>
    public long SlotsCopied;

    /// <summary>A copy of <paramref name="source"/>.</summary>
    public T[] Copy<T>(T[] source)
    {
        if (source.Length == 0)
        {
            return source;
        }

        // new + span copy: the JIT's allocation fast path and a memmove, cheaper than Array.Clone.
        SlotsCopied += source.Length;
        var result = new T[source.Length];
        source.AsSpan().CopyTo(result);
        return result;
    }

    /// <summary>
    /// <paramref name="source"/> for a new node: shared as is by a persistent write, copied for an
    /// owner so that the owner may later edit it in place.
    /// </summary>
    public T[] Share<T>(T[] source) => Owner is null ? source : Copy(source);

    /// <summary>A copy of <paramref name="source"/> with <paramref name="item"/> inserted at <paramref name="index"/>.</summary>
    public T[] Inserted<T>(T[] source, int index, T item)
    {
        var result = new T[source.Length + 1];
        source.AsSpan(0, index).CopyTo(result);
        result[index] = item;
        source.AsSpan(index).CopyTo(result.AsSpan(index + 1));
        SlotsCopied += source.Length;
        return result;
    }

    /// <summary>A copy of <paramref name="source"/> without the item at <paramref name="index"/>.</summary>
    public T[] Removed<T>(T[] source, int index)
    {
        if (source.Length == 1)
        {
            return [];
        }

        var result = new T[source.Length - 1];
        source.AsSpan(0, index).CopyTo(result);
        source.AsSpan(index + 1).CopyTo(result.AsSpan(index));
        SlotsCopied += result.Length;
        return result;
    }
}
