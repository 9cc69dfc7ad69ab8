namespace Lab.Maps;

/// <summary>Every map design in the lab. The catalog gives each a stable id.</summary>
public enum MapKind
{
    /// <summary>Copy-on-write <see cref="Dictionary{TKey, TValue}"/> published through one reference.</summary>
    CopyOnWrite,

    /// <summary><see cref="Dictionary{TKey, TValue}"/> behind a <see cref="ReaderWriterLockSlim"/>.</summary>
    ReaderWriterLock,

    /// <summary><see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}"/>.</summary>
    Concurrent,

    /// <summary>Copy-on-write shards, each with its own published dictionary and writer lock.</summary>
    ShardedCopyOnWrite,

    /// <summary>Persistent hash array mapped trie (CHAMP) published through one reference.</summary>
    Hamt,

    /// <summary>Frozen base plus a small override layer with tombstones, compacted by policy.</summary>
    Layered,

    /// <summary>Copy-on-write with flat-combined writers: one rebuild publishes many writes.</summary>
    Batched,

    /// <summary>Copy-on-write with lock-free writers: compare-and-swap and retry.</summary>
    CompareAndSwap,

    /// <summary>Left-right: two <see cref="Dictionary{TKey, TValue}"/> copies, readers on one while the writer changes the other.</summary>
    LeftRight,

    /// <summary>Reference row: <see cref="System.Collections.Immutable.ImmutableDictionary{TKey, TValue}"/> via <see cref="System.Collections.Immutable.ImmutableInterlocked"/>.</summary>
    Immutable,

    /// <summary>Reference row: <see cref="System.Collections.Frozen.FrozenDictionary{TKey, TValue}"/> rebuilt on every write under a lock.</summary>
    Frozen,

    /// <summary>Reference row: an unsynchronized <see cref="Dictionary{TKey, TValue}"/>; single-threaded baseline only.</summary>
    Dictionary,
}
