namespace Lab.CowStore;

/// <summary>
/// Counts snapshots that were replaced but are still held by leases (retired, not yet reclaimed).
/// A count that keeps growing means leases are leaked.
/// </summary>
internal sealed class ReclamationTracker
{
    private long pending;

    /// <summary>Snapshots retired and still waiting for their last lease.</summary>
    public long Pending => Volatile.Read(ref pending);

    public void OnRetired() => Interlocked.Increment(ref pending);

    public void OnReclaimed() => Interlocked.Decrement(ref pending);
}
