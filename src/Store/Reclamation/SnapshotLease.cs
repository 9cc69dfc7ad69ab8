namespace Lab.CowStore;

/// <summary>
/// A reader's hold on one snapshot: while the lease is not disposed, the snapshot's value is not
/// disposed, even if the store has published newer snapshots since. Dispose the lease when done;
/// a leaked lease keeps its snapshot (and every resource of its value) alive until it is disposed.
/// </summary>
/// <typeparam name="T">The store's value type.</typeparam>
/// <remarks>
/// A lease is a class, not a struct, so copies share one release: disposing it twice (or from two
/// threads) releases the snapshot once. Leases are not finalized; reclamation never depends on the GC.
/// </remarks>
public sealed class SnapshotLease<T> : IDisposable
{
    private readonly Snapshot<T> snapshot;
    private int released;

    internal SnapshotLease(Snapshot<T> snapshot) => this.snapshot = snapshot;

    /// <summary>The leased snapshot. Throws after the lease is disposed.</summary>
    public Snapshot<T> Snapshot
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref released) != 0, this);
            return snapshot;
        }
    }

    /// <summary>The leased snapshot's value; guaranteed not disposed until this lease is disposed.</summary>
    public T Value => Snapshot.Value;

    /// <summary>Releases the lease; the first call releases the snapshot, later calls do nothing.</summary>
    public void Dispose() => Release(default(NoYield));

    internal void Release<TYield>(TYield yield)
        where TYield : struct, IYieldPoint
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            snapshot.ReleaseReference(yield);
        }
    }
}
