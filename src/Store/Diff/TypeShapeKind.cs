namespace Lab.CowStore;

/// <summary>The ways <see cref="SnapshotDiff"/> compares a value.</summary>
internal enum TypeShapeKind
{
    /// <summary>Compared with Equals (scalars, strings, types without public members).</summary>
    Leaf,

    /// <summary>Compared key by key (any non-generic <see cref="System.Collections.IDictionary"/>, which every BCL dictionary implements).</summary>
    Dictionary,

    /// <summary>Compared as sets of elements (ISet or IReadOnlySet).</summary>
    Set,

    /// <summary>Compared index by index (lists, arrays, other enumerables).</summary>
    Sequence,

    /// <summary>Compared member by member (public properties and fields).</summary>
    Object,
}
