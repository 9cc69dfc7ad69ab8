using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Lab.Maps;

/// <summary>
/// An immutable, persistent hash map: a CHAMP hash array mapped trie (32-way nodes, 5 hash bits per
/// level, two bitmaps per node, popcount indexing, collision nodes at full depth).
/// </summary>
/// <remarks>
/// <para>
/// <b>Immutable</b>: an instance never changes, so any number of threads may read and enumerate it
/// at once without synchronization. Writes (<see cref="SetItem"/>, <see cref="Remove"/>,
/// <see cref="Apply"/>) return a new map and leave this one as it was; the new map shares every
/// node off the written paths with this one.
/// </para>
/// <para>
/// <b>Costs</b>: a lookup walks at most about log32 n nodes (4 levels at 100K entries) without
/// allocating or making a virtual call for value-type keys with the default comparer. A single
/// write copies the nodes on its path (O(log32 n) small arrays). <see cref="Apply"/> edits nodes it
/// created itself in place, so a batch copies each touched node once. A write that changes nothing
/// (an equal value by <see cref="EqualityComparer{T}.Default"/>, an absent key on remove) returns
/// this same instance.
/// </para>
/// <para>
/// <b>Canonical form</b>: one set of contents has exactly one trie shape; an emptied map holds the
/// one shared empty root. The root node and <see cref="Count"/> live in this one object, so
/// publishing a map publishes both at once.
/// </para>
/// <para>
/// <b>Hashing</b>: the comparer's hash code is used as is (see <see cref="HamtKeys"/>); keys whose
/// full 32-bit hashes collide share a collision node, searched linearly.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed partial class PersistentHashDictionary<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    // Null for a value-type key with the default comparer (the devirtualized fast path).
    private readonly IEqualityComparer<TKey>? keyComparer;

    private PersistentHashDictionary(HamtNode<TKey, TValue> root, int count, IEqualityComparer<TKey>? keyComparer)
    {
        Root = root;
        Count = count;
        this.keyComparer = keyComparer;
    }

    /// <summary>The empty map with the default comparer.</summary>
    public static PersistentHashDictionary<TKey, TValue> Empty { get; } = new(HamtNode<TKey, TValue>.Empty, 0, HamtKeys.Normalize<TKey>(null));

    /// <summary>The comparer that decides key equality.</summary>
    public IEqualityComparer<TKey> Comparer => HamtKeys.Expose(keyComparer);

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public IEnumerable<TKey> Keys => this.Select(pair => pair.Key);

    /// <inheritdoc />
    public IEnumerable<TValue> Values => this.Select(pair => pair.Value);

    /// <summary>The root node; <see cref="HamtNode{TKey, TValue}.Empty"/> exactly when the map is empty.</summary>
    internal HamtNode<TKey, TValue> Root { get; }

    /// <summary>The stored comparer (see <see cref="HamtKeys"/>).</summary>
    internal IEqualityComparer<TKey>? KeyComparer => keyComparer;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="key"/> is absent.</exception>
    public TValue this[TKey key]
        => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the map.");

    /// <summary>Makes a map holding <paramref name="items"/>; a later duplicate key wins.</summary>
    /// <param name="items">The contents, or <see langword="null"/> for an empty map.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    /// <returns>The map, built in one batch (nodes edited in place while it is built).</returns>
    /// <exception cref="ArgumentNullException">A key is null.</exception>
    public static PersistentHashDictionary<TKey, TValue> Create(
        IEnumerable<KeyValuePair<TKey, TValue>>? items,
        IEqualityComparer<TKey>? comparer = null)
    {
        var stored = HamtKeys.Normalize(comparer);
        var start = ReferenceEquals(stored, Empty.keyComparer) ? Empty : new(HamtNode<TKey, TValue>.Empty, 0, stored);
        if (items is null)
        {
            return start;
        }

        var edit = new HamtEdit<TKey>(stored, new object());
        var root = start.Root;
        foreach (var pair in items)
        {
            KeyGuard.NotNull(pair.Key, nameof(items));
            root = Write(ref edit, root, MapWriteKind.Set, pair.Key, pair.Value);
        }

        return edit.Changed ? new(root, edit.CountDelta, stored) : start;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        KeyGuard.NotNull(key);
        var comparer = keyComparer;
        return HamtNode<TKey, TValue>.TryFind(Root, HamtKeys.Hash(comparer, key), key, comparer, out value);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    /// <summary>The map with <paramref name="key"/> set to <paramref name="value"/> (upsert).</summary>
    /// <param name="key">The key; not <see langword="null"/>.</param>
    /// <param name="value">The value.</param>
    /// <returns>A new map, or this one when the key already holds an equal value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public PersistentHashDictionary<TKey, TValue> SetItem(TKey key, TValue value)
    {
        KeyGuard.NotNull(key);
        return With(MapWrite<TKey, TValue>.Set(key, value), counters: null);
    }

    /// <summary>The map without <paramref name="key"/>.</summary>
    /// <param name="key">The key; not <see langword="null"/>.</param>
    /// <returns>A new map, or this one when the key is absent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public PersistentHashDictionary<TKey, TValue> Remove(TKey key)
    {
        KeyGuard.NotNull(key);
        return With(MapWrite<TKey, TValue>.Remove(key), counters: null);
    }

    /// <summary>The map with <paramref name="writes"/> applied in order, built in one batch.</summary>
    /// <param name="writes">The writes; a later write to the same key wins.</param>
    /// <returns>A new map, or this one when no write changed anything.</returns>
    /// <exception cref="ArgumentNullException">A key is null; nothing is applied.</exception>
    public PersistentHashDictionary<TKey, TValue> Apply(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        KeyGuard.NotNull(writes);
        return With(writes, counters: null);
    }

    /// <summary>Returns an enumerator over the entries, in trie order; allocation-free through this struct.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(Root);

    /// <inheritdoc />
    IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One write, path-copied; counts its copies into <paramref name="counters"/>, whose writers the caller serializes. The key is already checked.</summary>
    internal PersistentHashDictionary<TKey, TValue> With(in MapWrite<TKey, TValue> write, CostCounterSet? counters)
    {
        var edit = new HamtEdit<TKey>(keyComparer, owner: null);
        var root = Write(ref edit, Root, write.Kind, write.Key, write.Value);
        return Publishable(ref edit, root, counters);
    }

    /// <summary>A batch of writes, each touched node copied once; counts its copies as the single write does. Keys are already checked.</summary>
    internal PersistentHashDictionary<TKey, TValue> With(ReadOnlySpan<MapWrite<TKey, TValue>> writes, CostCounterSet? counters)
    {
        var edit = new HamtEdit<TKey>(keyComparer, new object());
        var root = Root;
        foreach (ref readonly var write in writes)
        {
            root = Write(ref edit, root, write.Kind, write.Key, write.Value);
        }

        return Publishable(ref edit, root, counters);
    }

    private static HamtNode<TKey, TValue> Write(ref HamtEdit<TKey> edit, HamtNode<TKey, TValue> root, MapWriteKind kind, TKey key, TValue value)
    {
        var hash = HamtKeys.Hash(edit.Comparer, key);
        return kind == MapWriteKind.Remove
            ? root.Remove(ref edit, hash, key, 0)
            : root.Set(ref edit, hash, new HamtEntry<TKey, TValue>(key, value), 0);
    }

    private PersistentHashDictionary<TKey, TValue> Publishable(ref HamtEdit<TKey> edit, HamtNode<TKey, TValue> root, CostCounterSet? counters)
    {
        if (!edit.Changed)
        {
            return this;
        }

        counters?.AddCopiesSerialized(edit.NodesCopied, edit.SlotsCopied);
        return new(root, Count + edit.CountDelta, keyComparer);
    }
}
