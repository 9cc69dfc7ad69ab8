using System.Collections.Immutable;

namespace Lab.CowStore.Tests;

public sealed class SnapshotStoreTests
{
    [Fact]
    public void Check_reports_every_validator_message_and_publishes_nothing()
    {
        var options = new SnapshotStoreOptions<int>()
            .AddValidator(v => v < 0 ? "negative" : null)
            .AddValidator(v => v % 2 != 0 ? "odd" : null);
        using var store = new SnapshotStore<int>(0, options);

        Assert.Equal(["negative", "odd"], store.Check(-3));
        Assert.Empty(store.Check(4));
        Assert.Equal(1, store.Version);
        Assert.Equal(0, store.Current.Value);
    }

    [Fact]
    public void Update_is_visible_to_later_reads_and_increments_the_version()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        Assert.Equal("info", store.Current.Value.LogLevel);
        Assert.Equal(1, store.Version);

        var published = store.Update(c => c with { LogLevel = "debug" });

        Assert.Same(published, store.Current);
        Assert.Equal("debug", store.Current.Value.LogLevel);
        Assert.Equal(2, store.Version);
    }

    [Fact]
    public void A_combined_update_is_one_publish_and_one_snapshot_holds_both_fields()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        var before = store.Current;

        store.Update(c => c with { LogLevel = "warn", Timeout = TimeSpan.FromSeconds(9) });

        var snapshot = store.Current;
        Assert.Equal(before.Version + 1, snapshot.Version);
        Assert.Equal(("warn", TimeSpan.FromSeconds(9)), (snapshot.Value.LogLevel, snapshot.Value.Timeout));
    }

    [Fact]
    public void Old_snapshots_never_change_including_nested_collections()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        store.Update(c => c with { Hosts = c.Hosts.Add("a"), Features = c.Features.SetItem("x", true) });
        var old = store.Current;

        store.Update(c => c with { Hosts = c.Hosts.Add("b").Remove("a"), Features = c.Features.SetItem("x", false).Add("y", true) });

        Assert.Equal(["a"], old.Value.Hosts);
        Assert.Equal(ImmutableDictionary<string, bool>.Empty.Add("x", true), old.Value.Features);
        Assert.Equal(["b"], store.Current.Value.Hosts);
        Assert.Equal(2, store.Current.Value.Features.Count);
    }

    [Fact]
    public void Snapshot_carries_publish_time_and_age_from_the_store_clock()
    {
        var clock = new ManualClock();
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options(clock));
        var first = store.Current;
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.FromSeconds(30), store.Age);

        var second = store.Update(c => c with { MaxRetries = 4 });

        Assert.Equal(first.PublishedAt + TimeSpan.FromSeconds(30), second.PublishedAt);
        Assert.Equal(TimeSpan.Zero, store.Age);
        Assert.Equal(TimeSpan.FromSeconds(30), first.Age);
    }

    [Fact]
    public void Validator_rejection_says_what_is_wrong_and_keeps_the_old_snapshot()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        var before = store.Current;

        var error = Assert.Throws<SnapshotValidationException>(() => store.Update(c => c with { MaxRetries = 101 }));

        Assert.Equal(["MaxRetries must be between 0 and 100, got 101"], error.Errors);
        Assert.Contains("MaxRetries must be between 0 and 100, got 101", error.Message, StringComparison.Ordinal);
        Assert.Same(before, store.Current);
    }

    [Fact]
    public void Every_failing_validator_is_reported()
    {
        var options = ServiceConfig.Options().AddValidator(c => c.LogLevel is "debug" or "info" or "warn" ? null : $"unknown LogLevel '{c.LogLevel}'");
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, options);

        var result = store.TryUpdate(c => Change<ServiceConfig>.To(c with { MaxRetries = -1, LogLevel = "loud" }));

        Assert.Equal(UpdateStatus.Rejected, result.Status);
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("MaxRetries must be between 0 and 100, got -1; unknown LogLevel 'loud'", result.Error);
        Assert.Equal(1, store.Version);
    }

    [Fact]
    public void An_invalid_initial_value_is_rejected()
    {
        var error = Assert.Throws<SnapshotValidationException>(() => new SnapshotStore<ServiceConfig>(ServiceConfig.Default with { MaxRetries = 500 }, ServiceConfig.Options()));
        Assert.Contains("got 500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_throwing_change_publishes_nothing()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        var before = store.Current;

        Assert.Throws<FormatException>(() => store.Update(_ => throw new FormatException("bad input")));

        Assert.Same(before, store.Current);
    }

    [Fact]
    public void An_aborted_transaction_publishes_nothing_and_reports_the_reason()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        var before = store.Current;

        var result = store.TryUpdate(c => c.Hosts.Contains("a") ? Change<ServiceConfig>.To(c) : Change<ServiceConfig>.Abort("host 'a' is not configured"));

        Assert.Equal(UpdateStatus.Aborted, result.Status);
        Assert.False(result.IsPublished);
        Assert.Equal("host 'a' is not configured", result.Error);
        Assert.Same(before, result.Snapshot);
        Assert.Same(before, store.Current);
    }

    [Fact]
    public void A_committed_transaction_publishes()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());

        var result = store.TryUpdate(c => Change<ServiceConfig>.To(c with { LogLevel = "warn" }));

        Assert.Equal(UpdateStatus.Published, result.Status);
        Assert.True(result.IsPublished);
        Assert.Null(result.Error);
        Assert.Same(store.Current, result.Snapshot);
    }

    [Fact]
    public void Returning_the_same_instance_publishes_nothing()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        var before = store.Current;

        Assert.Same(before, store.Update(c => c));
        Assert.Same(before, store.UpdateCas(c => c));
        Assert.Equal(UpdateStatus.Unchanged, store.TryUpdate(Change<ServiceConfig>.To).Status);
        Assert.Same(before, store.Current);
    }

    [Fact]
    public void BatchUpdate_applies_every_change_with_one_publish()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        using var subscription = store.Subscribe();
        Assert.True(subscription.TryRead(out _));
        var changes = Enumerable.Range(0, 100).Select(i => (Func<ServiceConfig, ServiceConfig>)(c => c with { Hosts = c.Hosts.Add($"h{i}") })).ToArray();

        var published = store.BatchUpdate(changes);

        Assert.Equal(2, published.Version);
        Assert.Equal(100, published.Value.Hosts.Count);
        Assert.True(subscription.TryRead(out var seen));
        Assert.Same(published, seen);
        Assert.Equal(0, subscription.SkippedVersions);
    }

    [Fact]
    public void BatchUpdate_validates_only_the_final_value_and_is_all_or_nothing()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());

        var passesThroughInvalid = store.BatchUpdate([c => c with { MaxRetries = 1000 }, c => c with { MaxRetries = 7 }]);
        Assert.Equal(7, passesThroughInvalid.Value.MaxRetries);

        var before = store.Current;
        Assert.Throws<SnapshotValidationException>(() => store.BatchUpdate([c => c with { LogLevel = "x" }, c => c with { MaxRetries = 1000 }]));
        Assert.Throws<InvalidOperationException>(() => store.BatchUpdate([c => c with { LogLevel = "y" }, _ => throw new InvalidOperationException()]));
        Assert.Same(before, store.Current);
    }

    [Fact]
    public void CompareAndSet_publishes_only_on_the_expected_version()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        var read = store.Current;
        store.Update(c => c with { LogLevel = "warn" });

        var stale = store.CompareAndSet(read.Version, read.Value with { MaxRetries = 9 });
        Assert.Equal(UpdateStatus.VersionConflict, stale.Status);
        Assert.Equal("expected version 1, current version is 2", stale.Error);
        Assert.Equal("warn", store.Current.Value.LogLevel);

        var fresh = store.CompareAndSet(2, store.Current.Value with { MaxRetries = 9 });
        Assert.Equal(UpdateStatus.Published, fresh.Status);
        Assert.Equal(3, fresh.Snapshot.Version);

        Assert.Equal(UpdateStatus.Rejected, store.CompareAndSet(3, store.Current.Value with { MaxRetries = -5 }).Status);
    }

    [Fact]
    public void UpdateCas_retries_when_another_writer_publishes_first_and_counts_the_retry()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        var calls = 0;

        // The first attempt lets a locked writer publish in between its load and its CAS: the CAS must fail.
        var published = store.UpdateCas(
            c =>
            {
                if (calls++ == 0)
                {
                    store.Update(x => x with { LogLevel = "warn" });
                }

                return c with { MaxRetries = c.MaxRetries + 1 };
            },
            out var retries);

        Assert.Equal(1, retries);
        Assert.Equal(2, calls);
        Assert.Equal(1, store.CasRetryCount);
        Assert.Equal(3, published.Version);
        Assert.Equal(("warn", 4), (published.Value.LogLevel, published.Value.MaxRetries));
    }

    [Fact]
    public void A_locked_update_that_loses_to_a_CAS_writer_recomputes_its_change()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        var calls = 0;

        var published = store.Update(c =>
        {
            if (calls++ == 0)
            {
                store.UpdateCas(x => x with { Hosts = x.Hosts.Add("cas") });
            }

            return c with { Hosts = c.Hosts.Add("locked") };
        });

        Assert.Equal(2, calls);
        Assert.Equal(1, store.CasRetryCount);
        Assert.Equal(["cas", "locked"], published.Value.Hosts);
    }

    [Fact]
    public void UpdateCas_rejects_invalid_values_without_publishing()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        Assert.Throws<SnapshotValidationException>(() => store.UpdateCas(c => c with { MaxRetries = 200 }));
        Assert.Equal(1, store.Version);
    }

    [Fact]
    public void Concurrent_CAS_increments_lose_nothing()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default with { MaxRetries = 0 }, new SnapshotStoreOptions<ServiceConfig>());
        const int Threads = 4, PerThread = 2_000;
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < PerThread; i++)
            {
                store.UpdateCas(c => c with { MaxRetries = c.MaxRetries + 1 });
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(Threads * PerThread, store.Current.Value.MaxRetries);
        Assert.Equal(1 + (Threads * PerThread), store.Version);
    }

    [Fact]
    public void Initial_version_continues_a_restored_history()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, new SnapshotStoreOptions<ServiceConfig> { InitialVersion = 41 });
        Assert.Equal(42, store.Update(c => c with { LogLevel = "warn" }).Version);
    }

    [Fact]
    public void A_disposed_store_keeps_its_last_snapshot_readable_and_refuses_writes()
    {
        var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        store.Update(c => c with { LogLevel = "warn" });
        store.Dispose();
        store.Dispose();

        Assert.Equal(("warn", 2L), (store.Current.Value.LogLevel, store.Version));
        Assert.Throws<ObjectDisposedException>(() => store.Update(c => c with { LogLevel = "x" }));
        Assert.Throws<ObjectDisposedException>(() => store.UpdateCas(c => c with { LogLevel = "x" }));
        Assert.Throws<ObjectDisposedException>(() => store.Lease());
        Assert.Throws<ObjectDisposedException>(() => store.Subscribe());
    }

    [Fact]
    public void Works_with_value_types()
    {
        using var store = new SnapshotStore<int>(0, new SnapshotStoreOptions<int>().AddValidator(v => v < 0 ? "negative" : null));
        store.Update(v => v + 1);
        store.UpdateCas(v => v + 1);
        Assert.Equal((2, 3L), (store.Current.Value, store.Version));
        Assert.Throws<SnapshotValidationException>(() => store.Update(v => -1));
    }
}
