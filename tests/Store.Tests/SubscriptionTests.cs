namespace Lab.CowStore.Tests;

public sealed class SubscriptionTests
{
    private static readonly TimeSpan failureGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_subscription_starts_with_the_current_snapshot_then_gets_each_new_one()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        using var subscription = store.Subscribe();
        using var guard = new CancellationTokenSource(failureGuard);

        Assert.Same(store.Current, await subscription.ReadAsync(guard.Token));
        var pending = subscription.ReadAsync(guard.Token);
        Assert.False(pending.IsCompleted);

        var published = store.Update(c => c with { LogLevel = "warn" });

        Assert.Same(published, await pending);
    }

    [Fact]
    public async Task A_slow_subscriber_never_blocks_writers_skips_versions_and_ends_at_the_newest()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        using var subscription = store.Subscribe();

        for (var i = 0; i < 1_000; i++)
        {
            store.Update(c => c with { MaxRetries = i % 100 });
        }

        var latest = await subscription.ReadAsync();
        Assert.Equal(1_001, latest.Version);
        Assert.Same(store.Current, latest);
        Assert.Equal(1_000, subscription.SkippedVersions);
        Assert.False(subscription.TryRead(out _));
    }

    [Fact]
    public async Task Disposing_a_subscription_unsubscribes_and_ends_its_reads()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        var subscription = store.Subscribe();
        Assert.True(subscription.TryRead(out _));
        var pending = subscription.ReadAsync();

        subscription.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await pending);
        Assert.Equal(0, store.SubscriberCount);
        store.Update(c => c with { LogLevel = "warn" });
        Assert.False(subscription.TryRead(out _));
    }

    [Fact]
    public async Task ReadAllAsync_ends_when_the_store_is_disposed()
    {
        var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        using var subscription = store.Subscribe();
        using var guard = new CancellationTokenSource(failureGuard);
        var versions = new List<long>();
        var firstSeen = new TaskCompletionSource();
        var reader = Task.Run(async () =>
        {
            await foreach (var snapshot in subscription.ReadAllAsync(guard.Token))
            {
                versions.Add(snapshot.Version);
                firstSeen.TrySetResult();
            }
        });
        await firstSeen.Task.WaitAsync(guard.Token);

        store.Dispose();

        await reader.WaitAsync(guard.Token);
        Assert.Equal(1, versions[0]);
        Assert.Equal(0, store.SubscriberCount);
    }

    [Fact]
    public async Task Cancelling_WatchAsync_unsubscribes()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        using var cancel = new CancellationTokenSource();
        var seen = new List<long>();
        var watching = new TaskCompletionSource();
        var watcher = Task.Run(async () =>
        {
            await foreach (var snapshot in store.WatchAsync(cancel.Token))
            {
                seen.Add(snapshot.Version);
                watching.TrySetResult();
            }
        });
        await watching.Task.WaitAsync(failureGuard);
        Assert.Equal(1, store.SubscriberCount);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watcher.WaitAsync(failureGuard));
        Assert.Equal(0, store.SubscriberCount);
        Assert.Equal([1L], seen);
    }

    [Fact]
    public async Task Leaving_a_WatchAsync_loop_unsubscribes()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        store.Update(c => c with { LogLevel = "warn" });

        await foreach (var snapshot in store.WatchAsync())
        {
            Assert.Equal(2, snapshot.Version);
            Assert.Equal(1, store.SubscriberCount);
            break;
        }

        Assert.Equal(0, store.SubscriberCount);
    }

    [Fact]
    public async Task Subscribers_see_strictly_increasing_versions_under_concurrent_writers()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default with { MaxRetries = 0 }, new SnapshotStoreOptions<ServiceConfig>());
        using var subscription = store.Subscribe();
        using var guard = new CancellationTokenSource(failureGuard);
        const int Writers = 3, PerWriter = 2_000;
        const long Final = 1 + (Writers * PerWriter);
        var reader = Task.Run(async () =>
        {
            long last = 0;
            while (last < Final)
            {
                var snapshot = await subscription.ReadAsync(guard.Token);
                Assert.True(snapshot.Version > last, $"version {snapshot.Version} after {last}");
                last = snapshot.Version;
            }

            return last;
        });
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < PerWriter; i++)
            {
                if (w == 0)
                {
                    store.UpdateCas(c => c with { MaxRetries = c.MaxRetries + 1 });
                }
                else
                {
                    store.Update(c => c with { MaxRetries = c.MaxRetries + 1 });
                }
            }
        })).ToArray();

        await Task.WhenAll(writers).WaitAsync(guard.Token);

        Assert.Equal(Final, await reader.WaitAsync(guard.Token));
    }
}
