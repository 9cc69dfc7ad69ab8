namespace Lab.CowStore.Etcd.Tests.Support;

/// <summary>
/// One "instance" of a user of the library: its own connection, a store started from the key's value, and
/// a watcher keeping the store in step. Tests wait on the store's subscription and on the watcher's health
/// callback, never on sleeps; the deadlines only guard against hangs.
/// </summary>
internal sealed class WatchedStore : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<(Func<EtcdWatchHealth, bool> Match, TaskCompletionSource<EtcdWatchHealth> Found)> healthWaiters = [];

    private WatchedStore(Uri endpoint, string key)
    {
        Connection = new EtcdConnection(endpoint, TimeSpan.FromSeconds(10));
        Source = new EtcdSnapshotSource<TestConfig>(Connection, key);
    }

    public EtcdConnection Connection { get; }

    public EtcdSnapshotSource<TestConfig> Source { get; }

    public SnapshotStore<EtcdValue<TestConfig>> Store { get; private set; } = null!;

    public EtcdWatcher<TestConfig> Watcher { get; private set; } = null!;

    public static async Task<WatchedStore> StartAsync(Uri endpoint, string key)
    {
        var instance = new WatchedStore(endpoint, key);
        var options = new SnapshotStoreOptions<EtcdValue<TestConfig>> { Name = "test" }
            .AddValidator(v => v.Value.Level is >= 0 and <= TestConfig.MaxLevel ? null : $"level {v.Value.Level} is outside 0..{TestConfig.MaxLevel}");
        instance.Store = new SnapshotStore<EtcdValue<TestConfig>>(await instance.Source.LoadAsync(CancellationToken.None), options);
        instance.Watcher = new EtcdWatcher<TestConfig>(
            instance.Source,
            EtcdWatcher<TestConfig>.ReloadInto(instance.Store),
            instance.Store.Current.Value.ModRevision,
            new EtcdWatcherOptions { Name = "test", HealthChanged = instance.OnHealthChanged });
        instance.Watcher.Start();
        return instance;
    }

    /// <summary>The first snapshot (current or later) whose value satisfies <paramref name="condition"/>.</summary>
    public async Task<Snapshot<EtcdValue<TestConfig>>> WaitForAsync(Func<EtcdValue<TestConfig>, bool> condition)
    {
        using var deadline = new CancellationTokenSource(EtcdServer.Deadline);
        using var subscription = Store.Subscribe();
        while (true)
        {
            var snapshot = await subscription.ReadAsync(deadline.Token);
            if (condition(snapshot.Value))
            {
                return snapshot;
            }
        }
    }

    /// <summary>The first health reading (current or later) that satisfies <paramref name="condition"/>.</summary>
    public Task<EtcdWatchHealth> WaitForHealthAsync(Func<EtcdWatchHealth, bool> condition)
    {
        var found = new TaskCompletionSource<EtcdWatchHealth>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            var current = Watcher.Health;
            if (condition(current))
            {
                return Task.FromResult(current);
            }

            healthWaiters.Add((condition, found));
        }

        return found.Task.WaitAsync(EtcdServer.Deadline);
    }

    public async ValueTask DisposeAsync()
    {
        await Watcher.DisposeAsync();
        Store.Dispose();
        Connection.Dispose();
    }

    private void OnHealthChanged(EtcdWatchHealth health)
    {
        lock (gate)
        {
            for (var i = healthWaiters.Count - 1; i >= 0; i--)
            {
                if (healthWaiters[i].Match(health))
                {
                    healthWaiters[i].Found.TrySetResult(health);
                    healthWaiters.RemoveAt(i);
                }
            }
        }
    }
}
