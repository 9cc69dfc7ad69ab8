using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Lab.Maps;

/// <summary>
/// One node of the CHAMP trie: a <see cref="DataMap"/> of fragments stored inline as entries and a
/// <see cref="NodeMap"/> of fragments that lead to sub-nodes, each with its dense array.
/// </summary>
/// <remarks>
/// <para>
/// <b>Layout</b>: the two bitmaps never overlap; <see cref="Entries"/> holds one entry per set bit of
/// <see cref="DataMap"/> and <see cref="Children"/> one node per set bit of <see cref="NodeMap"/>, both
/// in bit order, found by popcount (<see cref="HamtBits.Index"/>). Two typed arrays instead of
/// CHAMP's one object array: no casts and no boxing of value-type entries.
/// </para>
/// <para>
/// <b>Collision node</b>: a node at <see cref="HamtBits.CollisionShift"/> (depth 7, every hash bit
/// used) has empty bitmaps and no children; its <see cref="Entries"/> are two or more entries with
/// one full hash, in no order. One node class serves both, told apart by depth, so a lookup makes
/// no virtual call and no type check.
/// </para>
/// <para>
/// <b>Canonical form</b>, kept by every write: the empty trie is <see cref="Empty"/>; no other node
/// is empty; no node below the root holds one entry and no sub-node (such a node is pulled up into
/// its parent as an inline entry). So one set of contents has exactly one shape.
/// </para>
/// <para>
/// <b>Immutability</b>: a node reachable from a published map is never changed. Fields are
/// writable only for nodes owned by a batch still in progress (see <see cref="HamtEdit{TKey}"/>).
/// Only a batch's nodes carry an owner (<see cref="HamtOwnedNode{TKey, TValue}"/>): a single write
/// creates plain nodes, 8 bytes smaller, and never looks at ownership.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
[SuppressMessage("Design", "CA1051:Do not declare visible instance fields", Justification = "Hot-path node of an internal type.")]
internal class HamtNode<TKey, TValue>
    where TKey : notnull
{
    /// <summary>The canonical empty root, shared by every empty map.</summary>
    public static readonly HamtNode<TKey, TValue> Empty = new(0, 0, [], []);

    /// <summary>Fragments stored inline, one bit per entry of <see cref="Entries"/>.</summary>
    public uint DataMap;

    /// <summary>Fragments that lead to a sub-node, one bit per node of <see cref="Children"/>.</summary>
    public uint NodeMap;

    /// <summary>Inline entries, in fragment order (any order in a collision node).</summary>
    public HamtEntry<TKey, TValue>[] Entries;

    /// <summary>Sub-nodes, in fragment order.</summary>
    public HamtNode<TKey, TValue>[] Children;

    /// <summary>Makes a node; for a batch's nodes use <see cref="Create"/>.</summary>
    protected HamtNode(uint dataMap, uint nodeMap, HamtEntry<TKey, TValue>[] entries, HamtNode<TKey, TValue>[] children)
    {
        DataMap = dataMap;
        NodeMap = nodeMap;
        Entries = entries;
        Children = children;
    }

    /// <summary>Whether this node holds one entry and no sub-node: canonical only as a root.</summary>
    public bool IsSingleEntry => Entries.Length == 1 && Children.Length == 0;

    /// <summary>A new node for <paramref name="edit"/>: owned by its batch, or plain for a single write.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HamtNode<TKey, TValue> Create(
        in HamtEdit<TKey> edit,
        uint dataMap,
        uint nodeMap,
        HamtEntry<TKey, TValue>[] entries,
        HamtNode<TKey, TValue>[] children)
        => edit.Owner is null
            ? new HamtNode<TKey, TValue>(dataMap, nodeMap, entries, children)
            : new HamtOwnedNode<TKey, TValue>(dataMap, nodeMap, entries, children, edit.Owner);

    /// <summary>
    /// Looks a key up, iteratively, from <paramref name="node"/> as the root. Allocates nothing.
    /// Array reads skip bounds checks: a popcount index is below the array length by the layout
    /// invariant, which every write keeps and <see cref="HamtInvariants"/> checks. Inlined into
    /// its caller, so a map's lookup is one call (the interface's) with the trie walk in its body.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFind(
        HamtNode<TKey, TValue> node,
        uint hash,
        TKey key,
        IEqualityComparer<TKey>? comparer,
        [MaybeNullWhen(false)] out TValue value)
    {
        for (var shift = 0; shift < HamtBits.CollisionShift; shift += HamtBits.BitsPerLevel)
        {
            var bit = HamtBits.Bit(hash, shift);
            if ((node.DataMap & bit) != 0)
            {
                ref readonly var entry = ref Unsafe.Add(
                    ref MemoryMarshal.GetArrayDataReference(node.Entries),
                    HamtBits.Index(node.DataMap, bit));
                if (HamtKeys.Equal(comparer, entry.Key, key))
                {
                    value = entry.Value;
                    return true;
                }

                value = default;
                return false;
            }

            if ((node.NodeMap & bit) == 0)
            {
                value = default;
                return false;
            }

            node = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(node.Children), HamtBits.Index(node.NodeMap, bit));
        }

        var index = node.IndexInCollision(key, comparer);
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = node.Entries[index].Value;
        return true;
    }

    /// <summary>
    /// Sets <paramref name="entry"/>'s key, whose hash is <paramref name="hash"/>, to its value in the
    /// sub-trie rooted here at <paramref name="shift"/>. Returns this node when nothing changed or it
    /// was edited in place, otherwise the new node; never changes a node the edit does not own.
    /// </summary>
    public HamtNode<TKey, TValue> Set(ref HamtEdit<TKey> edit, uint hash, in HamtEntry<TKey, TValue> entry, int shift)
    {
        if (shift == HamtBits.CollisionShift)
        {
            return SetInCollision(ref edit, entry);
        }

        var bit = HamtBits.Bit(hash, shift);
        if ((DataMap & bit) != 0)
        {
            var index = HamtBits.Index(DataMap, bit);
            ref readonly var existing = ref Entries[index];
            if (HamtKeys.Equal(edit.Comparer, existing.Key, entry.Key))
            {
                return ReplaceValue(ref edit, index, entry.Value);
            }

            // A leaf split: the only place a write needs a stored entry's hash.
            edit.Changed = true;
            edit.CountDelta++;
            var existingHash = HamtKeys.Hash(edit.Comparer, existing.Key);
            var pair = Pair(ref edit, existing, existingHash, entry, hash, shift + HamtBits.BitsPerLevel);
            return WithEntryPushedDown(ref edit, bit, index, pair);
        }

        if ((NodeMap & bit) != 0)
        {
            var childIndex = HamtBits.Index(NodeMap, bit);
            var child = Children[childIndex];
            var next = child.Set(ref edit, hash, entry, shift + HamtBits.BitsPerLevel);
            return ReferenceEquals(next, child) ? this : WithChild(ref edit, childIndex, next);
        }

        edit.Changed = true;
        edit.CountDelta++;
        return WithInsertedEntry(ref edit, bit, HamtBits.Index(DataMap, bit), entry);
    }

    /// <summary>
    /// Removes <paramref name="key"/> from the sub-trie rooted here at <paramref name="shift"/>.
    /// Returns this node when nothing changed or it was edited in place, otherwise the new node.
    /// Below the root the result may be a single-entry node: the caller pulls it up. At the root an
    /// emptied trie becomes <see cref="Empty"/>.
    /// </summary>
    public HamtNode<TKey, TValue> Remove(ref HamtEdit<TKey> edit, uint hash, TKey key, int shift)
    {
        if (shift == HamtBits.CollisionShift)
        {
            var found = IndexInCollision(key, edit.Comparer);
            return found < 0 ? this : RemoveEntry(ref edit, 0, found, shift);
        }

        var bit = HamtBits.Bit(hash, shift);
        if ((DataMap & bit) != 0)
        {
            var index = HamtBits.Index(DataMap, bit);
            ref readonly var existing = ref Entries[index];
            return HamtKeys.Equal(edit.Comparer, existing.Key, key)
                ? RemoveEntry(ref edit, bit, index, shift)
                : this;
        }

        if ((NodeMap & bit) != 0)
        {
            var childIndex = HamtBits.Index(NodeMap, bit);
            var child = Children[childIndex];
            var next = child.Remove(ref edit, hash, key, shift + HamtBits.BitsPerLevel);
            if (next.IsSingleEntry)
            {
                return WithChildPulledUp(ref edit, bit, childIndex, next.Entries[0]);
            }

            return ReferenceEquals(next, child) ? this : WithChild(ref edit, childIndex, next);
        }

        return this;
    }

    // The node holding both entries, whose hashes agree on every fragment above shift.
    private static HamtNode<TKey, TValue> Pair(
        ref HamtEdit<TKey> edit,
        in HamtEntry<TKey, TValue> first,
        uint firstHash,
        in HamtEntry<TKey, TValue> second,
        uint secondHash,
        int shift)
    {
        if (shift == HamtBits.CollisionShift)
        {
            return Create(edit, 0, 0, [first, second], []);
        }

        var firstBit = HamtBits.Bit(firstHash, shift);
        var secondBit = HamtBits.Bit(secondHash, shift);
        if (firstBit == secondBit)
        {
            var child = Pair(ref edit, first, firstHash, second, secondHash, shift + HamtBits.BitsPerLevel);
            return Create(edit, 0, firstBit, [], [child]);
        }

        HamtEntry<TKey, TValue>[] entries = firstBit < secondBit ? [first, second] : [second, first];
        return Create(edit, firstBit | secondBit, 0, entries, []);
    }

    private int IndexInCollision(TKey key, IEqualityComparer<TKey>? comparer)
    {
        var entries = Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            if (HamtKeys.Equal(comparer, entries[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }

    private HamtNode<TKey, TValue> SetInCollision(ref HamtEdit<TKey> edit, in HamtEntry<TKey, TValue> entry)
    {
        var index = IndexInCollision(entry.Key, edit.Comparer);
        if (index >= 0)
        {
            return ReplaceValue(ref edit, index, entry.Value);
        }

        edit.Changed = true;
        edit.CountDelta++;
        return WithInsertedEntry(ref edit, 0, Entries.Length, entry);
    }

    // Keeps the stored key, as Dictionary does on overwrite; an equal value changes nothing.
    private HamtNode<TKey, TValue> ReplaceValue(ref HamtEdit<TKey> edit, int index, TValue value)
    {
        ref readonly var existing = ref Entries[index];
        if (EqualityComparer<TValue>.Default.Equals(existing.Value, value))
        {
            return this;
        }

        edit.Changed = true;
        var replaced = new HamtEntry<TKey, TValue>(existing.Key, value);
        if (IsOwnedBy(edit))
        {
            Entries[index] = replaced;
            return this;
        }

        var entries = edit.Copy(Entries);
        entries[index] = replaced;
        return CopyWith(ref edit, DataMap, NodeMap, entries, edit.Share(Children));
    }

    private HamtNode<TKey, TValue> RemoveEntry(ref HamtEdit<TKey> edit, uint bit, int index, int shift)
    {
        edit.Changed = true;
        edit.CountDelta--;
        if (shift == 0 && Entries.Length == 1 && Children.Length == 0)
        {
            return Empty;
        }

        var entries = edit.Removed(Entries, index);
        if (IsOwnedBy(edit))
        {
            Entries = entries;
            DataMap ^= bit;
            return this;
        }

        return CopyWith(ref edit, DataMap ^ bit, NodeMap, entries, edit.Share(Children));
    }

    private HamtNode<TKey, TValue> WithInsertedEntry(ref HamtEdit<TKey> edit, uint bit, int index, in HamtEntry<TKey, TValue> entry)
    {
        var entries = edit.Inserted(Entries, index, entry);
        if (IsOwnedBy(edit))
        {
            Entries = entries;
            DataMap |= bit;
            return this;
        }

        return CopyWith(ref edit, DataMap | bit, NodeMap, entries, edit.Share(Children));
    }

    private HamtNode<TKey, TValue> WithChild(ref HamtEdit<TKey> edit, int childIndex, HamtNode<TKey, TValue> child)
    {
        if (IsOwnedBy(edit))
        {
            Children[childIndex] = child;
            return this;
        }

        var children = edit.Copy(Children);
        children[childIndex] = child;
        return CopyWith(ref edit, DataMap, NodeMap, edit.Share(Entries), children);
    }

    // The inline entry at dataIndex moves into the new sub-node `child` under the same fragment.
    private HamtNode<TKey, TValue> WithEntryPushedDown(ref HamtEdit<TKey> edit, uint bit, int dataIndex, HamtNode<TKey, TValue> child)
    {
        var entries = edit.Removed(Entries, dataIndex);
        var children = edit.Inserted(Children, HamtBits.Index(NodeMap, bit), child);
        if (IsOwnedBy(edit))
        {
            Entries = entries;
            Children = children;
            DataMap ^= bit;
            NodeMap |= bit;
            return this;
        }

        return CopyWith(ref edit, DataMap ^ bit, NodeMap | bit, entries, children);
    }

    // The sub-node at childIndex shrank to one entry: store that entry inline instead (canonical form).
    private HamtNode<TKey, TValue> WithChildPulledUp(ref HamtEdit<TKey> edit, uint bit, int childIndex, in HamtEntry<TKey, TValue> entry)
    {
        var children = edit.Removed(Children, childIndex);
        var entries = edit.Inserted(Entries, HamtBits.Index(DataMap, bit), entry);
        if (IsOwnedBy(edit))
        {
            Entries = entries;
            Children = children;
            DataMap |= bit;
            NodeMap ^= bit;
            return this;
        }

        return CopyWith(ref edit, DataMap | bit, NodeMap ^ bit, entries, children);
    }

    private bool IsOwnedBy(in HamtEdit<TKey> edit)
        => edit.Owner is not null && this is HamtOwnedNode<TKey, TValue> owned && ReferenceEquals(owned.Owner, edit.Owner);

    private static HamtNode<TKey, TValue> CopyWith(
        ref HamtEdit<TKey> edit,
        uint dataMap,
        uint nodeMap,
        HamtEntry<TKey, TValue>[] entries,
        HamtNode<TKey, TValue>[] children)
    {
        edit.NodesCopied++;
        return Create(edit, dataMap, nodeMap, entries, children);
    }
}
