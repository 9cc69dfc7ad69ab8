namespace Lab.CowStore.Tests;

public sealed class LeaseTests
{
    [Fact]
    public void A_replaced_value_without_leases_is_disposed_once_at_once()
    {
        var first = new TrackedResource(1);
        using var store = new SnapshotStore<TrackedResource>(first);
        var old = store.Current;

        store.Update(_ => new TrackedResource(2));

        Assert.Equal(1, first.Disposals);
        Assert.True(old.IsReclaimed);
        Assert.False(store.Current.Value.IsDisposed);
        Assert.Equal(0, store.PendingReclamationCount);
    }

    [Fact]
    public void A_leased_value_is_disposed_only_after_replacement_and_the_last_release()
    {
        var first = new TrackedResource(1);
        using var store = new SnapshotStore<TrackedResource>(first);
        var a = store.Lease();
        var b = store.Lease();
        Assert.Same(first, a.Value);

        store.Update(_ => new TrackedResource(2));
        Assert.False(first.IsDisposed);
        Assert.Equal(1, store.PendingReclamationCount);

        a.Dispose();
        Assert.False(first.IsDisposed);
        b.Dispose();

        Assert.Equal(1, first.Disposals);
        Assert.Equal(0, store.PendingReclamationCount);
    }

    [Fact]
    public void Releasing_a_lease_on_the_current_snapshot_does_not_dispose_it()
    {
        var first = new TrackedResource(1);
        using var store = new SnapshotStore<TrackedResource>(first);

        store.Lease().Dispose();

        Assert.False(first.IsDisposed);
        Assert.False(store.Current.IsReclaimed);
    }

    [Fact]
    public void A_leaked_lease_holds_its_snapshot_until_it_is_finally_released()
    {
        var first = new TrackedResource(1);
        using var store = new SnapshotStore<TrackedResource>(first);
        var leaked = store.Lease();

        for (var i = 2; i <= 10; i++)
        {
            store.Update(_ => new TrackedResource(i));
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(first.IsDisposed);
        Assert.Equal(1, store.PendingReclamationCount);

        leaked.Dispose();

        Assert.Equal(1, first.Disposals);
        Assert.Equal(0, store.PendingReclamationCount);
    }

    [Fact]
    public void Disposing_a_lease_twice_releases_once()
    {
        var first = new TrackedResource(1);
        using var store = new SnapshotStore<TrackedResource>(first);
        var lease = store.Lease();
        var other = store.Lease();
        store.Update(_ => new TrackedResource(2));

        lease.Dispose();
        lease.Dispose();

        Assert.False(first.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => lease.Value);
        other.Dispose();
        Assert.Equal(1, first.Disposals);
    }

    [Fact]
    public void Disposing_the_store_disposes_the_current_value_after_its_leases()
    {
        var first = new TrackedResource(1);
        var store = new SnapshotStore<TrackedResource>(first);
        var lease = store.Lease();

        store.Dispose();
        Assert.False(first.IsDisposed);
        lease.Dispose();

        Assert.Equal(1, first.Disposals);
    }

    [Fact]
    public void Under_stress_no_reader_ever_holds_a_disposed_value_and_every_value_is_disposed_exactly_once()
    {
        const int Readers = 4, Writers = 2, UpdatesPerWriter = 3_000;
        var created = new System.Collections.Concurrent.ConcurrentBag<TrackedResource>();
        var initial = new TrackedResource(0);
        created.Add(initial);
        var store = new SnapshotStore<TrackedResource>(initial);
        var writersDone = 0;
        var violations = 0;
        using var start = new Barrier(Readers + Writers);
        var threads = new List<Thread>();
        for (var r = 0; r < Readers; r++)
        {
            threads.Add(new Thread(() =>
            {
                start.SignalAndWait();
                while (Volatile.Read(ref writersDone) < Writers)
                {
                    using var lease = store.Lease();
                    if (lease.Value.IsDisposed)
                    {
                        Interlocked.Increment(ref violations);
                    }

                    Thread.SpinWait(20);
                    if (lease.Value.IsDisposed)
                    {
                        Interlocked.Increment(ref violations);
                    }
                }
            }));
        }

        for (var w = 0; w < Writers; w++)
        {
            var cas = w == 1;
            threads.Add(new Thread(() =>
            {
                start.SignalAndWait();
                for (var i = 0; i < UpdatesPerWriter; i++)
                {
                    var next = new TrackedResource(i);
                    created.Add(next);
                    if (cas)
                    {
                        // A retry returns the same `next`, so every created value is published exactly once.
                        store.UpdateCas(_ => next);
                    }
                    else
                    {
                        store.Update(_ => next);
                    }
                }

                Interlocked.Increment(ref writersDone);
            }));
        }

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var last = store.Current.Value;
        Assert.False(last.IsDisposed);
        store.Dispose();

        Assert.Equal(0, violations);
        Assert.All(created, resource => Assert.Equal(1, resource.Disposals));
        Assert.Equal(0, store.PendingReclamationCount);
    }
}
