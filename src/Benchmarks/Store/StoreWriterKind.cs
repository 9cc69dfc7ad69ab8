namespace Lab.Benchmarks.Store;

/// <summary>How the contention benchmark's writers publish.</summary>
public enum StoreWriterKind
{
    /// <summary><c>SnapshotStore.Update</c>: serialized by the writer lock.</summary>
    Locked,

    /// <summary><c>SnapshotStore.UpdateCas</c>: lock-free, retried on a lost race.</summary>
    Cas,
}
