namespace Lab.Benchmarks.Workloads;

/// <summary>One precomputed operation of a worker's stream.</summary>
internal enum OpKind : byte
{
    /// <summary>Look the key up and consume the value.</summary>
    Read,

    /// <summary>Set an existing key to a new value.</summary>
    Update,

    /// <summary>Remove the key (always followed by <see cref="Reinsert"/> of the same key).</summary>
    Remove,

    /// <summary>Insert the key removed by the previous operation.</summary>
    Reinsert,
}
