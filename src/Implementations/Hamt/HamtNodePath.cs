using System.Runtime.CompilerServices;

namespace Lab.Maps;

/// <summary>The nodes on the path from the root to an enumerator's position, stored inline (no allocation).</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
[InlineArray(HamtBits.MaxDepth)]
internal struct HamtNodePath<TKey, TValue>
    where TKey : notnull
{
    private HamtNode<TKey, TValue> element;
}
