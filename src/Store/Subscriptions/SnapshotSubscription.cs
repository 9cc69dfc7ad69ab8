using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Lab.CowStore;

/// <summary>
/// A subscriber's view of a store's newer snapshots, latest-wins: the subscription holds at most one
/// pending snapshot, the newest offered. Writers never wait for a subscriber; a slow subscriber skips
/// versions (counted in <see cref="SkippedVersions"/>) but always ends at the newest snapshot.
/// Versions a subscription delivers strictly increase. One consumer at a time.
/// </summary>
/// <typeparam name="T">The store's value type.</typeparam>
/// <remarks>Dispose to unsubscribe; that releases the pending snapshot and ends pending reads.</remarks>
public sealed class SnapshotSubscription<T> : IDisposable
{
    private readonly Action<SnapshotSubscription<T>> unsubscribe;

    // Wake-up tokens only; the snapshot itself travels through `offered`, so the newest always wins.
    private readonly Channel<bool> wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private Snapshot<T>? offered;
    private long lastDelivered;
    private long skipped;
    private int disposed;

    internal SnapshotSubscription(Snapshot<T> current, Action<SnapshotSubscription<T>> unsubscribe)
    {
        this.unsubscribe = unsubscribe;
        offered = current;
        lastDelivered = current.Version - 1;
        wakeUps.Writer.TryWrite(true);
    }

    /// <summary>Versions published while this subscriber was behind and never delivered to it.</summary>
    public long SkippedVersions => Volatile.Read(ref skipped);

    /// <summary>The version of the last snapshot delivered to the consumer (version of the first snapshot - 1 before any).</summary>
    public long LastDeliveredVersion => Volatile.Read(ref lastDelivered);

    /// <summary>Takes the newest pending snapshot, if one newer than the last delivered is waiting.</summary>
    /// <param name="snapshot">The newest snapshot not yet delivered.</param>
    /// <returns>True when a snapshot was taken.</returns>
    public bool TryRead(out Snapshot<T> snapshot)
    {
        var latest = Volatile.Read(ref offered);
        if (latest is null || latest.Version <= lastDelivered || Volatile.Read(ref disposed) != 0)
        {
            snapshot = null!;
            return false;
        }

        Volatile.Write(ref skipped, skipped + (latest.Version - lastDelivered - 1));
        Volatile.Write(ref lastDelivered, latest.Version);
        snapshot = latest;
        return true;
    }

    /// <summary>Waits for a snapshot newer than the last delivered one and returns it.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The newest snapshot.</returns>
    /// <exception cref="ObjectDisposedException">The subscription (or its store) was disposed.</exception>
    public async ValueTask<Snapshot<T>> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (TryRead(out var snapshot))
            {
                return snapshot;
            }

            var open = await wakeUps.Reader.WaitToReadAsync(cancellationToken);
            ObjectDisposedException.ThrowIf(!open, this);

            wakeUps.Reader.TryRead(out _);
        }
    }

    /// <summary>Enumerates newer snapshots until the subscription (or its store) is disposed.</summary>
    /// <param name="cancellationToken">Stops the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <returns>Snapshots in strictly increasing version order, possibly skipping versions.</returns>
    public async IAsyncEnumerable<Snapshot<T>> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (TryRead(out var snapshot))
            {
                yield return snapshot;
                continue;
            }

            if (!await wakeUps.Reader.WaitToReadAsync(cancellationToken))
            {
                yield break;
            }

            wakeUps.Reader.TryRead(out _);
        }
    }

    /// <summary>Unsubscribes: the store stops offering snapshots and pending reads end.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        unsubscribe(this);
        Volatile.Write(ref offered, null);
        wakeUps.Writer.TryComplete();
    }

    /// <summary>Offers a newly published snapshot; keeps it only if newer than the pending one. Never blocks.</summary>
    internal void Offer(Snapshot<T> snapshot)
    {
        while (true)
        {
            var pending = Volatile.Read(ref offered);
            if (Volatile.Read(ref disposed) != 0 || (pending is not null && pending.Version >= snapshot.Version))
            {
                return;
            }

            if (Interlocked.CompareExchange(ref offered, snapshot, pending) == pending)
            {
                break;
            }
        }

        wakeUps.Writer.TryWrite(true);
    }
}
