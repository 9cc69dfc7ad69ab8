namespace Lab.Maps;

/// <summary>
/// A trie node created by a batch (<see cref="HamtEdit{TKey}.Owner"/>): that batch, and only that
/// batch, may still edit it in place until it publishes. Single writes never create one.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class HamtOwnedNode<TKey, TValue>(
    uint dataMap,
    uint nodeMap,
    HamtEntry<TKey, TValue>[] entries,
    HamtNode<TKey, TValue>[] children,
    object owner)
    : HamtNode<TKey, TValue>(dataMap, nodeMap, entries, children)
    where TKey : notnull
{
    /// <summary>The batch that created this node and may edit it in place while it runs.</summary>
    public object Owner { get; } = owner;
}
