using Lab.Maps;

namespace Lab.Implementations.Tests.Hamt;

/// <summary>What readers see while a writer publishes: whole batches, never a value going back.</summary>
public sealed class HamtConcurrencyTests
{
    [Fact]
    public void Readers_see_every_batch_whole_and_values_never_go_back()
    {
        const int Keys = 200;
        const int Rounds = 2_000;
        var map = new HamtMap<int, int>(Enumerable.Range(0, Keys).Select(key => KeyValuePair.Create(key, 0)));
        var writerDone = new ManualResetEventSlim();
        var start = new Barrier(3);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();

        void Read()
        {
            start.SignalAndWait();
            var last = 0;
            do
            {
                // Every batch sets all keys to one round number: a snapshot holds one round only.
                var snapshot = map.Snapshot();
                if (!snapshot.TryGetValue(0, out var round))
                {
                    failures.Enqueue("key 0 missing from a snapshot");
                    return;
                }

                var entries = 0;
                foreach (var (key, value) in snapshot)
                {
                    entries++;
                    if (value != round)
                    {
                        failures.Enqueue($"snapshot mixes rounds {round} and {value} (key {key})");
                    }
                }

                if (entries != Keys)
                {
                    failures.Enqueue($"snapshot enumerated {entries} entries");
                }

                if (round < last)
                {
                    failures.Enqueue($"round went back from {last} to {round}");
                }

                if (!map.TryGetValue(Keys - 1, out var latest) || latest < round)
                {
                    failures.Enqueue($"a read after a snapshot of round {round} saw round {latest}");
                }

                last = round;
            }
            while (!writerDone.IsSet);
        }

        // Dedicated threads: pool starvation cannot delay the barrier.
        var readers = new[] { new Thread(Read), new Thread(Read) };
        foreach (var reader in readers)
        {
            reader.Start();
        }

        start.SignalAndWait();
        var batch = new MapWrite<int, int>[Keys];
        for (var round = 1; round <= Rounds; round++)
        {
            for (var key = 0; key < Keys; key++)
            {
                batch[key] = MapWrite<int, int>.Set(key, round);
            }

            map.ApplyBatch(batch);
        }

        writerDone.Set();
        foreach (var reader in readers)
        {
            reader.Join();
        }

        Assert.Empty(failures);
        Assert.Equal(Rounds, map.Snapshot()[Keys / 2]);
    }
}
