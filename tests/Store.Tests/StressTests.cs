using System.Collections.Immutable;

namespace Lab.CowStore.Tests;

/// <summary>
/// The curriculum's torture test on the store: readers, locked/CAS/batch writers, validators and
/// subscribers at once. Sizes are fixed operation counts, not durations.
/// </summary>
public sealed class StressTests
{
    private const int readerCount = 6;
    private const int perWriter = 1_500;
    private const int batchSize = 10;
    private const int subscriberCount = 3;
    private static readonly TimeSpan failureGuard = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Nothing_is_lost_versions_strictly_increase_and_every_subscriber_ends_on_the_final_version()
    {
        var options = new SnapshotStoreOptions<Ledger>()
            .AddValidator(l => l.Items.Count == l.Count ? null : $"Count {l.Count} != {l.Items.Count} items")
            .AddValidator(l => l.Items.Any(i => i.StartsWith("bad", StringComparison.Ordinal)) ? "bad item" : null);
        using var store = new SnapshotStore<Ledger>(new Ledger(0, []), options);
        const long Final = 1 + perWriter + perWriter + perWriter + (perWriter / batchSize);
        using var guard = new CancellationTokenSource(failureGuard);
        var writersDone = 0;
        var rejections = 0;

        var subscribers = Enumerable.Range(0, subscriberCount).Select(_ => store.Subscribe()).ToList();
        var subscriberTasks = subscribers.Select(subscription => Task.Run(async () =>
        {
            long last = 0;
            while (last < Final)
            {
                var snapshot = await subscription.ReadAsync(guard.Token);
                Assert.True(snapshot.Version > last, $"subscriber saw {snapshot.Version} after {last}");
                Assert.Equal(snapshot.Value.Count, snapshot.Value.Items.Count);
                last = snapshot.Version;
            }

            return last;
        })).ToList();

        var threads = new List<Thread>();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        for (var r = 0; r < readerCount; r++)
        {
            var leased = r % 2 == 0;
            threads.Add(new Thread(() =>
            {
                long lastVersion = 0;
                while (Volatile.Read(ref writersDone) < 4)
                {
                    using var lease = leased ? store.Lease() : null;
                    var snapshot = lease?.Snapshot ?? store.Current;
                    if (snapshot.Version < lastVersion || snapshot.Value.Items.Count != snapshot.Value.Count)
                    {
                        failures.Enqueue($"reader saw version {snapshot.Version} after {lastVersion}, count {snapshot.Value.Count} vs {snapshot.Value.Items.Count}");
                    }

                    lastVersion = snapshot.Version;
                }
            }));
        }

        threads.Add(Writer(() => Each(i => store.Update(l => l.Add($"locked-{i}")))));
        threads.Add(Writer(() => Each(i =>
        {
            store.Update(l => l.Add($"validated-{i}"));
            if (i % 10 == 0)
            {
                Assert.Throws<SnapshotValidationException>(() => store.Update(l => l.Add($"bad-{i}")));
                Interlocked.Increment(ref rejections);
            }
        })));
        threads.Add(Writer(() => Each(i => store.UpdateCas(l => l.Add($"cas-{i}")))));
        threads.Add(Writer(() =>
        {
            for (var b = 0; b < perWriter / batchSize; b++)
            {
                var batch = b;
                store.BatchUpdate([.. Enumerable.Range(0, batchSize).Select(k => (Func<Ledger, Ledger>)(l => l.Add($"batch-{batch}-{k}")))]);
            }
        }));

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var finals = await Task.WhenAll(subscriberTasks).WaitAsync(guard.Token);
        subscribers.ForEach(s => s.Dispose());

        Assert.Empty(failures);
        var final = store.Current;
        Assert.Equal(Final, final.Version);
        Assert.All(finals, version => Assert.Equal(Final, version));
        Assert.Equal(4 * perWriter, final.Value.Items.Count);
        Assert.Equal(4 * perWriter, final.Value.Items.Distinct().Count());
        Assert.Equal(perWriter / 10, rejections);

        Thread Writer(Action body) => new(() =>
        {
            try
            {
                body();
            }
            catch (Exception ex)
            {
                failures.Enqueue("writer: " + ex.Message);
            }
            finally
            {
                Interlocked.Increment(ref writersDone);
            }
        });
    }

    private static void Each(Action<int> body)
    {
        for (var i = 0; i < perWriter; i++)
        {
            body(i);
        }
    }

    public sealed record Ledger(int Count, ImmutableList<string> Items)
    {
        public Ledger Add(string item) => new(Count + 1, Items.Add(item));
    }
}
