namespace Lab.CowStore;

/// <summary>
/// One published, immutable state of a <see cref="SnapshotStore{T}"/>: the value together with its
/// version and publish time in ONE object, so a reader that loads the snapshot once sees all three
/// consistently. A snapshot never changes after publication; later updates publish new snapshots.
/// </summary>
/// <typeparam name="T">The value type. Model it as an immutable type (records, immutable collections).</typeparam>
/// <remarks>
/// Reclamation: every snapshot carries a reference count. The store holds one reference while the
/// snapshot is current; each <see cref="SnapshotLease{T}"/> holds one more. The count only grows while
/// it is above zero (increment-if-not-zero, as <c>SafeHandle</c> counts), so once it reaches zero no
/// reader can revive the snapshot, and a value implementing <see cref="IDisposable"/> is disposed
/// exactly once, by whoever drops the last reference.
/// </remarks>
public sealed class Snapshot<T>
{
    private readonly TimeProvider clock;
    private readonly ReclamationTracker? tracker;
    private int references;

    internal Snapshot(T value, long version, DateTimeOffset publishedAt, TimeProvider clock, ReclamationTracker? tracker)
    {
        Value = value;
        Version = version;
        PublishedAt = publishedAt;
        this.clock = clock;
        this.tracker = tracker;
        references = tracker is null ? 0 : 1;
    }

    /// <summary>The immutable value of this snapshot.</summary>
    public T Value { get; }

    /// <summary>The version: 1 + the version of the snapshot this one replaced; strictly increasing per store.</summary>
    public long Version { get; }

    /// <summary>When the store published this snapshot (UTC, from the store's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset PublishedAt { get; }

    /// <summary>Time elapsed since <see cref="PublishedAt"/>, measured with the store's <see cref="TimeProvider"/>.</summary>
    public TimeSpan Age => clock.GetUtcNow() - PublishedAt;

    /// <summary>
    /// True once the snapshot has been replaced (or its store disposed) and its last lease released; a
    /// disposable <see cref="Value"/> has then been disposed.
    /// </summary>
    public bool IsReclaimed => Volatile.Read(ref references) == 0;

    /// <summary>True for the marker a disposed store leaves as its current snapshot; it holds no reference.</summary>
    internal bool IsTombstone => tracker is null;

    /// <summary>Creates the marker a disposed store publishes: same value and version, no references.</summary>
    internal Snapshot<T> ToTombstone() => new(Value, Version, PublishedAt, clock, tracker: null);

    /// <summary>
    /// Adds a reference unless the count is already zero (the snapshot is reclaimed or being reclaimed).
    /// Returns false in that case; the caller must then load the store's current snapshot again.
    /// </summary>
    internal bool TryAddReference<TYield>(TYield yield)
        where TYield : struct, IYieldPoint
    {
        while (true)
        {
            yield.Yield();
            var count = Volatile.Read(ref references);
            if (count == 0)
            {
                return false;
            }

            yield.Yield();
            if (Interlocked.CompareExchange(ref references, count + 1, count) == count)
            {
                return true;
            }
        }
    }

    /// <summary>Drops one reference; the call that drops the last one reclaims the snapshot.</summary>
    internal void ReleaseReference<TYield>(TYield yield)
        where TYield : struct, IYieldPoint
    {
        yield.Yield();
        var remaining = Interlocked.Decrement(ref references);
        if (remaining > 0)
        {
            return;
        }

        if (remaining < 0)
        {
            throw new InvalidOperationException($"Snapshot version {Version} was released more often than referenced.");
        }

        tracker?.OnReclaimed();
        (Value as IDisposable)?.Dispose();
    }

    /// <summary>Called once when the store replaces this snapshot: drops the store's reference.</summary>
    internal void Retire<TYield>(TYield yield)
        where TYield : struct, IYieldPoint
    {
        tracker?.OnRetired();
        ReleaseReference(yield);
    }
}
