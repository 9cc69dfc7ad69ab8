using System.Runtime.CompilerServices;

namespace Lab.Maps;

/// <summary>
/// An enumerator's position in each node of its <see cref="HamtNodePath{TKey, TValue}"/>, stored
/// inline: positions below the node's entry count are entries, the rest are sub-nodes.
/// </summary>
[InlineArray(HamtBits.MaxDepth)]
internal struct HamtPositionPath
{
    private int element;
}
