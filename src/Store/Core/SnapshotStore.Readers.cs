using System.Runtime.CompilerServices;

namespace Lab.CowStore;

/// <content>Readers that need more than <see cref="Current"/>: leases and subscriptions.</content>
public sealed partial class SnapshotStore<T>
{
    /// <summary>
    /// Leases the current snapshot: until the lease is disposed, its value is not disposed even if newer
    /// snapshots are published. Lock-free; costs two interlocked operations and one small allocation.
    /// </summary>
    /// <returns>A lease on a snapshot that was current during the call and is not reclaimed.</returns>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public SnapshotLease<T> Lease() => Lease(default(NoYield));

    /// <summary>
    /// Load, then increment-if-not-zero. A zero count means the loaded snapshot was replaced and reclaimed
    /// between the load and the increment; the store then already holds a newer snapshot, so load again.
    /// </summary>
    internal SnapshotLease<T> Lease<TYield>(TYield yield)
        where TYield : struct, IYieldPoint
    {
        while (true)
        {
            yield.Yield();
            var snapshot = Current;
            ThrowIfTombstone(snapshot);
            if (snapshot.TryAddReference(yield))
            {
                return new SnapshotLease<T>(snapshot);
            }
        }
    }

    /// <summary>
    /// Subscribes to newer snapshots. The subscription starts with the current snapshot pending, then
    /// receives every later one latest-wins (see <see cref="SnapshotSubscription{T}"/>).
    /// </summary>
    /// <returns>The subscription; dispose it to unsubscribe.</returns>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public SnapshotSubscription<T> Subscribe()
    {
        lock (subscribersLock)
        {
            var snapshot = Current;
            ThrowIfTombstone(snapshot);
            var subscription = new SnapshotSubscription<T>(snapshot, Unsubscribe);
            // Full fence (Dekker with TryPublish's CAS-then-read): a writer that published after
            // `snapshot` was loaded but read the old subscriber array did not offer to this
            // subscription; the Current read below sees its snapshot. Offer keeps only newer ones.
            Interlocked.Exchange(ref subscribers, [.. subscribers, subscription]);
            subscription.Offer(Current);
            return subscription;
        }
    }

    /// <summary>
    /// Enumerates the current snapshot and then every newer one (latest-wins) until cancelled or the store
    /// is disposed. Leaving the loop or cancelling unsubscribes.
    /// </summary>
    /// <param name="cancellationToken">Ends the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <returns>Snapshots in strictly increasing version order.</returns>
    public async IAsyncEnumerable<Snapshot<T>> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var subscription = Subscribe();
        await foreach (var snapshot in subscription.ReadAllAsync(cancellationToken))
        {
            yield return snapshot;
        }
    }

    /// <summary>Subscriptions currently registered (for tests and diagnostics).</summary>
    internal int SubscriberCount => Volatile.Read(ref subscribers).Length;

    private void Unsubscribe(SnapshotSubscription<T> subscription)
    {
        lock (subscribersLock)
        {
            var index = Array.IndexOf(subscribers, subscription);
            if (index >= 0)
            {
                subscribers = [.. subscribers.AsSpan(0, index), .. subscribers.AsSpan(index + 1)];
            }
        }
    }
}
