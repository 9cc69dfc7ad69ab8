using Xunit.Abstractions;

namespace Lab.CowStore.Tests.Interleaving;

/// <summary>
/// Systematic exploration of the lease/retire race on the store's real code: the store's protocol
/// methods are generic over <see cref="IYieldPoint"/>, and these tests instantiate them with
/// <see cref="ExplorerYield"/>, which yields to the explorer before every shared-memory access.
/// </summary>
public sealed class LeaseInterleavingTests(ITestOutputHelper output)
{
    [Fact]
    public void Explorer_finds_the_revival_bug_in_a_naive_lease_protocol()
    {
        var result = InterleavingExplorer.Explore(
            () =>
            {
                var first = new TrackedResource(1);
                var protocol = new NaiveLeaseProtocol(first);
                return new Scenario([protocol.ReadOnce, () => protocol.Replace(new TrackedResource(2))], () => { });
            },
            maxPreemptions: 2,
            maxSchedules: 1_000);

        Assert.NotNull(result.Failure);
        Assert.Contains("lease got disposed value 1", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_never_leases_a_disposed_snapshot_while_a_writer_replaces_it_twice_all_schedules()
    {
        var result = InterleavingExplorer.Explore(
            () =>
            {
                var values = Enumerable.Range(0, 3).Select(i => new TrackedResource(i)).ToArray();
                var store = new SnapshotStore<TrackedResource>(values[0]);
                return new Scenario(
                    [() => LeaseAndCheck(store), () => { LockedUpdate(store, values[1]); LockedUpdate(store, values[2]); }],
                    () => CheckReclaimed(store, values));
            },
            maxPreemptions: int.MaxValue,
            maxSchedules: 5_000);

        AssertExploredWithoutFailure(result);
    }

    [Fact]
    public void Two_readers_and_a_writer_never_see_a_disposed_value()
    {
        var result = InterleavingExplorer.Explore(
            () =>
            {
                var values = Enumerable.Range(0, 2).Select(i => new TrackedResource(i)).ToArray();
                var store = new SnapshotStore<TrackedResource>(values[0]);
                return new Scenario(
                    [() => LeaseAndCheck(store), () => LeaseAndCheck(store), () => LockedUpdate(store, values[1])],
                    () => CheckReclaimed(store, values));
            },
            maxPreemptions: 2,
            maxSchedules: 20_000);

        AssertExploredWithoutFailure(result);
    }

    [Fact]
    public void Locked_and_CAS_writers_racing_a_reader_dispose_every_replaced_value_exactly_once()
    {
        var result = InterleavingExplorer.Explore(
            () =>
            {
                var values = Enumerable.Range(0, 3).Select(i => new TrackedResource(i)).ToArray();
                var store = new SnapshotStore<TrackedResource>(values[0]);
                return new Scenario(
                    [() => LeaseAndCheck(store), () => LockedUpdate(store, values[1]), () => store.UpdateCas(_ => values[2], out _, new ExplorerYield())],
                    () => CheckReclaimed(store, values));
            },
            maxPreemptions: 2,
            maxSchedules: 20_000);

        AssertExploredWithoutFailure(result);
    }

    private void AssertExploredWithoutFailure(ExplorationResult result)
    {
        output.WriteLine($"{result.Schedules} schedules explored, complete: {result.Complete}");
        Assert.Null(result.Failure);
        Assert.True(result.Complete, $"explored only {result.Schedules} schedules");
        Assert.True(result.Schedules > 10, $"only {result.Schedules} schedules: are the yield points reached?");
    }

    private static void LeaseAndCheck(SnapshotStore<TrackedResource> store)
    {
        var yield = new ExplorerYield();
        var lease = store.Lease(yield);
        if (lease.Value.IsDisposed)
        {
            throw new InvalidOperationException($"lease got disposed value {lease.Value.Id}");
        }

        lease.Release(yield);
    }

    private static void LockedUpdate(SnapshotStore<TrackedResource> store, TrackedResource next) =>
        store.UpdateLocked(next, static (next, _) => Change<TrackedResource>.To(next), new ExplorerYield());

    /// <summary>Every value but the current one is disposed exactly once; the current one is alive; no reclamation pending.</summary>
    private static void CheckReclaimed(SnapshotStore<TrackedResource> store, TrackedResource[] values)
    {
        var current = store.Current.Value;
        foreach (var value in values)
        {
            var expected = ReferenceEquals(value, current) ? 0 : 1;
            if (value.Disposals != expected)
            {
                throw new InvalidOperationException($"value {value.Id} disposed {value.Disposals} times, expected {expected}");
            }
        }

        if (store.PendingReclamationCount != 0)
        {
            throw new InvalidOperationException($"{store.PendingReclamationCount} snapshots left unreclaimed");
        }
    }
}
