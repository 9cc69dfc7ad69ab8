using Lab.CowStore.Etcd.Tests.Support;

namespace Lab.CowStore.Etcd.Tests;

/// <summary>The source and the watcher against a real etcd: puts, bad values, deletes, lost connections, compaction.</summary>
public sealed class EtcdWatcherTests
{
    private const string key = "/lab/test/config";

    [EtcdFact]
    public async Task A_put_is_published_with_its_mod_revision_beside_the_store_version()
    {
        await using var etcd = await EtcdServer.StartAsync();
        var first = await etcd.PutAsync(key, TestConfig.Json(1));
        await using var instance = await WatchedStore.StartAsync(etcd.ClientUrl, key);
        Assert.Equal(first, instance.Store.Current.Value.ModRevision);
        Assert.Equal(1, instance.Store.Version);

        var second = await etcd.PutAsync(key, TestConfig.Json(2));
        var published = await instance.WaitForAsync(v => v.ModRevision == second);

        Assert.Equal(2, published.Value.Value.Level);
        Assert.Equal(2, published.Version);
        await instance.WaitForHealthAsync(h => h.IsInSync && h.AppliedModRevision == second);

        // Stopping twice (a host's StopAsync, then its DisposeAsync) is harmless.
        await instance.Watcher.DisposeAsync();
        await instance.Watcher.DisposeAsync();
    }

    [EtcdFact]
    public async Task An_invalid_value_is_rejected_counted_and_the_last_good_value_keeps_serving()
    {
        await using var etcd = await EtcdServer.StartAsync();
        var good = await etcd.PutAsync(key, TestConfig.Json(5));
        await using var instance = await WatchedStore.StartAsync(etcd.ClientUrl, key);

        var broken = await etcd.PutAsync(key, """{ "name": "lab", "level": 1, "extra": true }""");
        var rejected = await instance.WaitForHealthAsync(h => h.Status == EtcdWatchStatus.Rejected);
        Assert.Contains($"at revision {broken}", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("line 1", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("$.extra", rejected.Reason, StringComparison.Ordinal);

        var outOfRange = await etcd.PutAsync(key, TestConfig.Json(500));
        var invalid = await instance.WaitForHealthAsync(h => h.Reason?.Contains("outside 0..100", StringComparison.Ordinal) == true);
        Assert.Equal(EtcdWatchStatus.Rejected, invalid.Status);
        Assert.Equal(good, invalid.AppliedModRevision);
        Assert.True(invalid.NextRevision > outOfRange);

        Assert.Equal(2, instance.Store.ReloadFailureCount);
        Assert.Equal(good, instance.Store.Current.Value.ModRevision);
        Assert.Equal(5, instance.Store.Current.Value.Value.Level);
        Assert.Equal(1, instance.Store.Version);

        var fixedRevision = await etcd.PutAsync(key, TestConfig.Json(6));
        await instance.WaitForAsync(v => v.ModRevision == fixedRevision);
        await instance.WaitForHealthAsync(h => h.IsInSync);
    }

    [EtcdFact]
    public async Task A_deleted_key_keeps_the_last_value_until_the_key_is_written_again()
    {
        await using var etcd = await EtcdServer.StartAsync();
        var good = await etcd.PutAsync(key, TestConfig.Json(7));
        await using var instance = await WatchedStore.StartAsync(etcd.ClientUrl, key);

        var deleted = await etcd.DeleteAsync(key);
        var health = await instance.WaitForHealthAsync(h => h.Status == EtcdWatchStatus.Rejected);
        Assert.Contains($"deleted at revision {deleted}", health.Reason, StringComparison.Ordinal);
        Assert.Equal(good, instance.Store.Current.Value.ModRevision);
        Assert.Equal(1, instance.Store.ReloadFailureCount);

        var again = await etcd.PutAsync(key, TestConfig.Json(8));
        var back = await instance.WaitForAsync(v => v.ModRevision == again);
        Assert.Equal(8, back.Value.Value.Level);
    }

    [EtcdFact]
    public async Task Of_two_instances_compare_and_setting_from_one_revision_exactly_one_wins()
    {
        await using var etcd = await EtcdServer.StartAsync();
        var start = await etcd.PutAsync(key, TestConfig.Json(1));
        await using var left = await WatchedStore.StartAsync(etcd.ClientUrl, key);
        await using var right = await WatchedStore.StartAsync(etcd.ClientUrl, key);

        var results = await Task.WhenAll(
            left.Source.CompareAndSetAsync(start, new TestConfig("left", 2)),
            right.Source.CompareAndSetAsync(start, new TestConfig("right", 3)));

        var winner = Assert.Single(results, r => r.IsWritten);
        var loser = Assert.Single(results, r => !r.IsWritten);
        Assert.Equal(EtcdWriteStatus.Conflict, loser.Status);
        Assert.Equal(winner.ModRevision, loser.ModRevision);
        var winnerName = results[0].IsWritten ? "left" : "right";
        foreach (var instance in new[] { left, right })
        {
            var seen = await instance.WaitForAsync(v => v.ModRevision == winner.ModRevision);
            Assert.Equal(winnerName, seen.Value.Value.Name);
        }

        // A retry from the stale revision conflicts too; from the current one it is written.
        Assert.Equal(EtcdWriteStatus.Conflict, (await left.Source.CompareAndSetAsync(start, new TestConfig("stale", 4))).Status);
        var retried = await left.Source.CompareAndSetAsync(winner.ModRevision, new TestConfig("retried", 4));
        Assert.True(retried.IsWritten);
        Assert.Equal("retried", (await right.WaitForAsync(v => v.ModRevision == retried.ModRevision)).Value.Value.Name);
    }

    [EtcdFact]
    public async Task A_lost_connection_keeps_serving_counts_the_failure_and_catches_up_from_the_last_seen_revision()
    {
        await using var etcd = await EtcdServer.StartAsync();
        await etcd.PutAsync(key, TestConfig.Json(1));
        await using var proxy = new CuttableProxy(etcd.ClientUrl);
        await using var instance = await WatchedStore.StartAsync(proxy.Url, key);
        var served = await instance.WaitForHealthAsync(h => h.IsInSync);

        await proxy.CutAsync();
        var down = await instance.WaitForHealthAsync(h => h.Status == EtcdWatchStatus.Disconnected);
        Assert.Contains("watch lost", down.Reason, StringComparison.Ordinal);
        Assert.Contains($"resuming from revision {served.NextRevision}", down.Reason, StringComparison.Ordinal);
        Assert.True(instance.Watcher.WatchFailureCount >= 1);

        // etcd moves on while this instance cannot see it; the instance serves its last value meanwhile.
        long last = 0;
        for (var level = 2; level <= 4; level++)
        {
            last = await etcd.PutAsync(key, TestConfig.Json(level));
        }

        Assert.Equal(1, instance.Store.Current.Value.Value.Level);

        proxy.Restore();
        var caughtUp = await instance.WaitForAsync(v => v.ModRevision == last);
        Assert.Equal(4, caughtUp.Value.Value.Level);
        await instance.WaitForHealthAsync(h => h.IsInSync && h.AppliedModRevision == last);
        Assert.Equal(0, instance.Watcher.ResyncCount);
    }

    [EtcdFact]
    public async Task A_compacted_resume_revision_is_answered_by_a_full_re_read()
    {
        await using var etcd = await EtcdServer.StartAsync();
        await etcd.PutAsync(key, TestConfig.Json(1));
        await using var proxy = new CuttableProxy(etcd.ClientUrl);
        await using var instance = await WatchedStore.StartAsync(proxy.Url, key);
        await instance.WaitForHealthAsync(h => h.IsInSync);

        await proxy.CutAsync();
        await instance.WaitForHealthAsync(h => h.Status == EtcdWatchStatus.Disconnected);
        await etcd.PutAsync(key, TestConfig.Json(2));
        await etcd.PutAsync("/lab/test/other", "x");
        var last = await etcd.PutAsync(key, TestConfig.Json(3));
        var compactedTo = await etcd.PutAsync("/lab/test/other", "y");
        await etcd.CompactAsync(compactedTo);

        proxy.Restore();
        var reread = await instance.WaitForAsync(v => v.ModRevision == last);
        Assert.Equal(3, reread.Value.Value.Level);
        var health = await instance.WaitForHealthAsync(h => h.IsInSync && h.NextRevision > compactedTo);
        Assert.Equal(last, health.AppliedModRevision);
        Assert.Equal(1, instance.Watcher.ResyncCount);

        // Watching again after the re-read: the next put arrives through the watch.
        var after = await etcd.PutAsync(key, TestConfig.Json(9));
        Assert.Equal(9, (await instance.WaitForAsync(v => v.ModRevision == after)).Value.Value.Level);
    }

    [EtcdFact]
    public async Task A_missing_key_is_a_load_error_naming_the_key()
    {
        await using var etcd = await EtcdServer.StartAsync();
        using var connection = new EtcdConnection(etcd.ClientUrl);
        var source = new EtcdSnapshotSource<TestConfig>(connection, "/lab/test/missing");

        var error = await Assert.ThrowsAsync<SnapshotSourceException>(async () => await source.LoadAsync(CancellationToken.None));
        Assert.Contains("key /lab/test/missing: the key does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_etcd_is_an_error_naming_the_endpoint()
    {
        var endpoint = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        using var connection = new EtcdConnection(endpoint, TimeSpan.FromSeconds(5));
        var source = new EtcdSnapshotSource<TestConfig>(connection, key);

        var error = await Assert.ThrowsAsync<EtcdUnavailableException>(async () => await source.LoadAsync(CancellationToken.None));
        Assert.Contains($"etcd {endpoint} is unavailable", error.Message, StringComparison.Ordinal);
        Assert.Equal(endpoint, error.Endpoint);
    }
}
