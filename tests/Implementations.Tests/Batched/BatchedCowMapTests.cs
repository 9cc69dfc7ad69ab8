using Lab.Implementations.Tests.Support;
using Lab.Maps;

namespace Lab.Implementations.Tests.Batched;

public sealed class BatchedCowMapTests
{
    [Fact]
    public void Concurrent_writers_all_complete_and_each_sees_its_own_write_on_return()
    {
        const int Threads = 8;
        const int KeysPerThread = 50;
        const int Rounds = 20;
        var map = new BatchedCowMap<int, int>();
        using var start = new Barrier(Threads);
        var failures = new List<Exception>();

        var writers = Enumerable.Range(0, Threads).Select(thread => StartThread(failures, () =>
        {
            start.SignalAndWait();
            for (var round = 1; round <= Rounds; round++)
            {
                for (var i = 0; i < KeysPerThread; i++)
                {
                    var key = (thread * 1000) + i;
                    if (round % 5 == 0)
                    {
                        Assert.True(map.Remove(key));
                        Assert.False(map.TryGetValue(key, out _));
                        Assert.False(map.Remove(key));
                    }

                    map.Set(key, round);
                    Assert.True(map.TryGetValue(key, out var value));
                    Assert.Equal(round, value);
                }
            }
        })).ToList();
        JoinAll(writers, failures);

        var expected = Enumerable.Range(0, Threads)
            .SelectMany(thread => Enumerable.Range(thread * 1000, KeysPerThread))
            .ToDictionary(key => key, _ => Rounds);
        Assert.Equal(expected.Count, map.Count);
        Assert.Equal(expected.OrderBy(pair => pair.Key), map.Snapshot().OrderBy(pair => pair.Key));
        var changingWrites = Threads * KeysPerThread * (Rounds + (Rounds / 5));
        var counters = map.ReadCounters();
        Assert.InRange(counters.Rebuilds, 1, changingWrites);
        Assert.Equal(0, counters.Copies);
    }

    [Fact]
    public void Contended_removes_of_one_key_report_exactly_one_success()
    {
        const int Threads = 4;
        const int Keys = 500;
        var map = new BatchedCowMap<int, int>(Enumerable.Range(0, Keys).Select(key => new KeyValuePair<int, int>(key, key)));
        var successes = new int[Keys];
        using var start = new Barrier(Threads);
        var failures = new List<Exception>();

        var removers = Enumerable.Range(0, Threads).Select(thread => StartThread(failures, () =>
        {
            start.SignalAndWait();
            for (var i = 0; i < Keys; i++)
            {
                var key = (i + (thread * Keys / Threads)) % Keys;
                if (map.Remove(key))
                {
                    Interlocked.Increment(ref successes[key]);
                }
            }
        })).ToList();
        JoinAll(removers, failures);

        Assert.All(successes, count => Assert.Equal(1, count));
        Assert.Equal(0, map.Count);
        Assert.InRange(map.ReadCounters().Rebuilds, 1, Keys);
    }

    [Fact]
    public void Alone_each_changing_write_is_one_rebuild_and_a_no_op_is_none()
    {
        var map = new BatchedCowMap<int, int>([new(1, 10)]);

        map.Set(1, 10);
        Assert.False(map.Remove(2));
        map.ApplyBatch([]);
        map.ApplyBatch([MapWrite<int, int>.Set(1, 10), MapWrite<int, int>.Remove(3)]);
        Assert.Equal(default, map.ReadCounters());

        map.Set(2, 20);
        Assert.True(map.Remove(1));
        map.ApplyBatch([MapWrite<int, int>.Set(3, 30), MapWrite<int, int>.Set(4, 40), MapWrite<int, int>.Remove(2), MapWrite<int, int>.Set(3, 31)]);

        var counters = map.ReadCounters();
        Assert.Equal(3, counters.Rebuilds);
        Assert.Equal(1 + 2 + 1, counters.EntriesCopied);
        Assert.Equal([new(3, 31), new(4, 40)], map.Snapshot().OrderBy(pair => pair.Key));
    }

    [Fact]
    public void A_write_reuses_its_thread_s_request_instead_of_allocating_one()
    {
        const int Writes = 1000;
        var map = new BatchedCowMap<int, int>([new(1, 10)]);
        map.Set(1, 10);
        Assert.False(map.Remove(2));

        // No-op writes make no clone, so whatever they allocate is per-write overhead.
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Writes; i++)
        {
            map.Set(1, 10);
            map.Remove(2);
        }

        var perWrite = (GC.GetAllocatedBytesForCurrentThread() - before) / (2.0 * Writes);
        Assert.True(perWrite < 1, $"{perWrite} bytes allocated per write");
    }

    [Fact]
    public void Writes_lined_up_behind_a_busy_combiner_share_one_rebuild()
    {
        using var gate = new CombinerGate();
        var map = new BatchedCowMap<string, int>([new("x", 0)], gate.Comparer);
        var failures = new List<Exception>();
        var combiner = StartThread(failures, () => map.Set(CombinerGate.Key, 1));
        gate.WaitUntilHeld();

        var writers = new List<Thread>
        {
            StartThread(failures, () => map.Set("a", 1)),
            StartThread(failures, () => Assert.True(map.Remove("x"))),
            StartThread(failures, () => Assert.False(map.Remove("never"))),
            StartThread(failures, () => map.ApplyBatch([MapWrite<string, int>.Set("b", 2), MapWrite<string, int>.Set("c", 3)])),
        };
        Assert.True(SpinWait.SpinUntil(() => map.PendingRequestCount == writers.Count, FailureGuard.Timeout), "the writers never lined up");
        gate.Release();
        JoinAll([combiner, .. writers], failures);

        // One rebuild for the gate's write, one for the four requests behind it.
        Assert.Equal(2, map.ReadCounters().Rebuilds);
        Assert.Equal([new("a", 1), new("b", 2), new("c", 3), new(CombinerGate.Key, 1)], map.Snapshot().OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_failing_request_in_a_combined_round_fails_alone_and_nobody_hangs()
    {
        using var gate = new CombinerGate(poison: "poison");
        var map = new BatchedCowMap<string, int>([new("x", 0)], gate.Comparer);
        var failures = new List<Exception>();
        var combiner = StartThread(failures, () => map.Set(CombinerGate.Key, 1));
        gate.WaitUntilHeld();

        // The failing batch changes the clone ("p") before its poisoned write throws, so the
        // round must be reapplied without it whatever order the requests arrive in.
        var writers = new List<Thread>
        {
            StartThread(failures, () => map.Set("a", 1)),
            StartThread(failures, () => Assert.True(map.Remove("x"))),
            StartThread(failures, () => Assert.Throws<InvalidOperationException>(
                () => map.ApplyBatch([MapWrite<string, int>.Set("p", 1), MapWrite<string, int>.Set("poison", 2)]))),
            StartThread(failures, () => map.Set("c", 3)),
        };
        Assert.True(SpinWait.SpinUntil(() => map.PendingRequestCount == writers.Count, FailureGuard.Timeout), "the writers never lined up");
        gate.Release();
        JoinAll([combiner, .. writers], failures);

        Assert.Equal([new("a", 1), new("c", 3), new(CombinerGate.Key, 1)], map.Snapshot().OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(3, map.Count);
    }

    [Fact]
    public void A_failing_write_alone_changes_nothing_and_the_map_keeps_working()
    {
        var map = new BatchedCowMap<string, int>([new("a", 1)], HookedComparer.Throwing("poison"));

        Assert.Throws<InvalidOperationException>(() => map.Set("poison", 1));
        Assert.Throws<InvalidOperationException>(() => map.ApplyBatch([MapWrite<string, int>.Set("b", 2), MapWrite<string, int>.Remove("poison")]));
        Assert.False(map.TryGetValue("b", out _));

        map.Set("b", 2);
        Assert.True(map.Remove("a"));
        Assert.Equal([new("b", 2)], map.Snapshot());
    }

    [Fact]
    public void Failing_writes_among_concurrent_writers_reach_only_their_writer()
    {
        const int Writers = 3;
        const int Writes = 100;
        var map = new BatchedCowMap<string, int>(comparer: HookedComparer.Throwing("poison"));
        using var start = new Barrier(Writers + 1);
        var failures = new List<Exception>();
        var refused = 0;

        var threads = Enumerable.Range(0, Writers).Select(thread => StartThread(failures, () =>
        {
            start.SignalAndWait();
            for (var i = 0; i < Writes; i++)
            {
                map.Set($"w{thread}-{i}", i);
            }
        })).ToList();
        threads.Add(StartThread(failures, () =>
        {
            start.SignalAndWait();
            for (var i = 0; i < Writes; i++)
            {
                try
                {
                    map.Set("poison", i);
                }
                catch (InvalidOperationException)
                {
                    refused++;
                }

                map.Set($"p-{i}", i);
            }
        }));
        JoinAll(threads, failures);

        Assert.Equal(Writes, refused);
        Assert.Equal((Writers + 1) * Writes, map.Count);
        Assert.DoesNotContain("poison", map.Snapshot().Keys);
        Assert.All(Enumerable.Range(0, Writes), i => Assert.Equal(i, map.Snapshot()[$"p-{i}"]));
    }

    [Fact]
    public void A_write_from_inside_the_comparer_while_combining_throws_instead_of_waiting_for_itself()
    {
        BatchedCowMap<string, int>? map = null;
        var comparer = new HookedComparer(key =>
        {
            if (key == "reenter")
            {
                map!.Set("inner", 1);
            }
        });
        map = new BatchedCowMap<string, int>(comparer: comparer);
        var failures = new List<Exception>();

        var writer = StartThread(failures, () => Assert.Throws<LockRecursionException>(() => map.Set("reenter", 1)));
        JoinAll([writer], failures);

        map.Set("after", 2);
        Assert.Equal([new("after", 2)], map.Snapshot());
    }

    private static Thread StartThread(List<Exception> failures, Action action)
    {
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception exception)
            {
                lock (failures)
                {
                    failures.Add(exception);
                }
            }
        })
        {
            IsBackground = true,
        };
        thread.Start();
        return thread;
    }

    private static void JoinAll(IEnumerable<Thread> threads, List<Exception> failures)
    {
        foreach (var thread in threads)
        {
            Assert.True(thread.Join(FailureGuard.Timeout), "a writer never returned");
        }

        Assert.Empty(failures);
    }
}
