using System.Runtime.CompilerServices;

namespace Lab.Maps;

/// <summary>
/// An enumerator's position in each node of its <see cref="HamtNodePath{TKey, TValue}"/>, stored
/// inline: the number of that node's sub-nodes already entered.
/// </summary>
[InlineArray(HamtBits.MaxDepth)]
internal struct HamtPositionPath
{
    private int element;
}
