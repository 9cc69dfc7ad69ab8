using Lab.Implementations.Tests.Conformance;
using Lab.Implementations.Tests.Linearizability;
using Lab.Implementations.Tests.ModelBased;
using Lab.Implementations.Tests.Support;
using Lab.Maps;
using static Lab.Implementations.Tests.Support.KeyValues;

namespace Lab.Implementations.Tests.LeftRight;

/// <summary>
/// What the left-right map promises beyond the shared suites: who waits for whom, one flip per
/// write that changes something, and every read-indicator striping correct.
/// </summary>
public sealed class LeftRightMapTests
{
    public static TheoryData<ReadIndicatorStriping> Stripings() => [.. Enum.GetValues<ReadIndicatorStriping>()];

    [Fact]
    public void A_writer_waits_for_a_reader_inside_a_read_while_new_readers_and_the_held_reader_never_wait()
    {
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holding = 0;
        var comparer = new HookedComparer(key =>
        {
            // The first lookup of "held" after arming stops inside the read until released.
            if (key == "held" && Interlocked.CompareExchange(ref holding, 2, 1) == 1)
            {
                inside.Set();
                Assert.True(release.Wait(FailureGuard.Timeout), "the held reader was never released");
            }
        });
        var map = new LeftRightMap<string, int>([Pair("held", 1)], comparer);
        Volatile.Write(ref holding, 1);

        var heldRead = -1;
        var heldReader = Started(() => heldRead = map.TryGetValue("held", out var value) ? value : -1);
        Assert.True(inside.Wait(FailureGuard.Timeout), "the reader never got inside its read");

        var writer = Started(() => map.Set("x", 10));
        Assert.True(SpinWait.SpinUntil(() => map.ReadCounters().ReaderWaits > 0, FailureGuard.Timeout), "the writer never waited for the reader");

        // The writer has flipped and waits for the held reader: a new reader reads its write at once.
        var newRead = -1;
        Assert.True(Started(() => newRead = map.TryGetValue("x", out var value) ? value : -1).Join(FailureGuard.Timeout), "a new reader waited for the writer");
        Assert.Equal(10, newRead);
        Assert.True(writer.IsAlive, "the writer returned while a reader was still inside a read of the old copy");

        // A second writer queues behind the first one's lock.
        var secondWriter = Started(() => map.Set("y", 20));
        Assert.True(writer.IsAlive);

        release.Set();
        Assert.True(heldReader.Join(FailureGuard.Timeout));
        Assert.Equal(1, heldRead);
        Assert.True(writer.Join(FailureGuard.Timeout), "the writer kept waiting after the reader left");
        Assert.True(secondWriter.Join(FailureGuard.Timeout));

        Assert.Equal(2, map.ReadCounters().Flips);
        SnapshotContract.AssertShows(new Dictionary<string, int> { ["held"] = 1, ["x"] = 10, ["y"] = 20 }, map.Snapshot());
    }

    [Fact]
    public void Each_write_that_changes_something_flips_once_and_reaches_both_copies()
    {
        var map = new LeftRightMap<int, int>([Pair(1, 1)]);

        map.Set(2, 2);     // flip 1: readers now read the copy that got 2 first
        map.Set(2, 2);     // same value: nothing flips
        Assert.False(map.Remove(9)); // absent: nothing flips
        map.Set(3, 3);     // flip 2: back on the first copy, which must have had 2 replayed
        Assert.True(map.TryGetValue(2, out var two));
        Assert.Equal(2, two);
        map.ApplyBatch([MapWrite<int, int>.Set(4, 4), MapWrite<int, int>.Remove(1), MapWrite<int, int>.Set(5, 5)]); // flip 3
        map.ApplyBatch([MapWrite<int, int>.Set(4, 4), MapWrite<int, int>.Remove(1)]); // changes nothing
        Assert.True(map.Remove(5)); // flip 4

        var counters = map.ReadCounters();
        Assert.Equal(4, counters.Flips);
        Assert.Equal(0, counters.ReaderWaits); // no read overlapped a write
        Assert.Equal(0, counters.Copies); // a write copies nothing
        SnapshotContract.AssertShows(new Dictionary<int, int> { [2] = 2, [3] = 3, [4] = 4 }, map.Snapshot());

        // Two more flips show each copy in turn: both hold the same state.
        map.Set(6, 6);
        Assert.Equal(4, map.Count);
        map.Remove(6);
        SnapshotContract.AssertShows(new Dictionary<int, int> { [2] = 2, [3] = 3, [4] = 4 }, map.Snapshot());
    }

    [Fact]
    public void A_replay_the_comparer_refuses_rebuilds_the_old_copy_and_keeps_the_write()
    {
        // The comparer accepts "flaky" for the check and the hidden copy, then refuses it on the replay.
        var flakyHashes = 0;
        var comparer = new HookedComparer(key =>
        {
            if (key == "flaky" && ++flakyHashes == 3)
            {
                throw new InvalidOperationException("The comparer changed its mind.");
            }
        });
        var map = new LeftRightMap<string, int>([Pair("a", 1)], comparer);

        Assert.Throws<InvalidOperationException>(() => map.Set("flaky", 2));

        var expected = new Dictionary<string, int> { ["a"] = 1, ["flaky"] = 2 };
        SnapshotContract.AssertShows(expected, map.Snapshot());
        Assert.Equal(1, map.ReadCounters().Copies);

        // The next write lands on the rebuilt copy: it holds the refused replay's write too.
        map.Set("b", 3);
        expected["b"] = 3;
        SnapshotContract.AssertShows(expected, map.Snapshot());
        Assert.True(map.TryGetValue("flaky", out var flaky));
        Assert.Equal(2, flaky);
    }

    [Theory]
    [MemberData(nameof(Stripings))]
    public void Every_striping_matches_the_dictionary_model(ReadIndicatorStriping striping)
        => ModelChecks.MatchesDictionaryModel(() => new LeftRightMap<int, int>(striping: striping), iterations: 100);

    [Theory]
    [MemberData(nameof(Stripings))]
    public void Every_striping_keeps_concurrent_histories_linearizable(ReadIndicatorStriping striping)
        => HistoryRunner.Run(initial => new LeftRightMap<int, int>(initial, striping: striping)).AssertNone(striping.ToString());

    private static Thread Started(Action work)
    {
        var thread = new Thread(() => work()) { IsBackground = true };
        thread.Start();
        return thread;
    }
}
