using Lab.Benchmarks.Harness;
using Lab.Benchmarks.Scenarios;
using Lab.Benchmarks.Workloads;
using Lab.Maps;

namespace Lab.Benchmarks.Tests.Harness;

public class ThreadedHarnessTests
{
    [Theory]
    [InlineData("read50")]
    [InlineData("read90")]
    [InlineData("churn")]
    public void Size_stays_constant_and_values_change_under_write_mixes(string mixId)
    {
        var keys = KeySets.Integers(1_000);
        var map = MapFactory.Create("cow", keys);
        var streams = StreamBuilder.Build(Mix.Get(mixId), KeyDistribution.Uniform, keys.Length, threads: 3, opsPerThread: 2_000);
        using (var harness = new ThreadedHarness<int>(map, keys, streams))
        {
            for (var invocation = 0; invocation < 5; invocation++)
            {
                harness.RunInvocation();
            }
        }

        Assert.Equal(keys.Length, map.Count);
        Assert.Contains(keys, key => map.TryGetValue(key, out var value) && value != Array.IndexOf(keys, key));
    }

    [Fact]
    public void Each_invocation_performs_exactly_the_planned_operations_on_every_worker()
    {
        var keys = KeySets.Integers(100);
        var map = new CountingMap();
        var streams = StreamBuilder.Build(Mix.Read90, KeyDistribution.Uniform, keys.Length, threads: 4, opsPerThread: 500);
        using var harness = new ThreadedHarness<int>(map, keys, streams);
        harness.RunInvocation();
        harness.RunInvocation();
        Assert.Equal(2 * 4 * 500, map.Reads + map.Writes);
        Assert.Equal(2 * harness.WritesPerInvocation, map.Writes);
        Assert.Equal(4 * 500, harness.OperationsPerInvocation);
        Assert.Equal(4 * 50, harness.WritesPerInvocation);
    }

    [Fact]
    public void Every_read_is_consumed_in_the_result()
    {
        var keys = KeySets.Integers(100);
        var streams = StreamBuilder.Build(Mix.Read100, KeyDistribution.Uniform, keys.Length, threads: 2, opsPerThread: 300);
        using var harness = new ThreadedHarness<int>(new NoopMap<int, int>(), keys, streams);

        // The no-op map finds every key with value 0: each read adds 1.
        Assert.Equal(600, harness.RunInvocation());
    }

    [Fact]
    public void A_worker_failure_surfaces_on_the_invoking_thread()
    {
        var keys = KeySets.Integers(100);
        var streams = StreamBuilder.Build(Mix.Read50, KeyDistribution.Uniform, keys.Length, threads: 2, opsPerThread: 100);
        using var harness = new ThreadedHarness<int>(new CountingMap { FailWrites = true }, keys, streams);
        Assert.Throws<InvalidOperationException>(() => harness.RunInvocation());
    }

    private sealed class CountingMap : IConcurrentMap<int, int>
    {
        private long reads;
        private long writes;

        public bool FailWrites { get; init; }

        public long Reads => Interlocked.Read(ref reads);

        public long Writes => Interlocked.Read(ref writes);

        public IEqualityComparer<int> Comparer => EqualityComparer<int>.Default;

        public int Count => 0;

        public bool TryGetValue(int key, out int value)
        {
            Interlocked.Increment(ref reads);
            value = 0;
            return false;
        }

        public void Set(int key, int value)
        {
            if (FailWrites)
            {
                throw new InvalidOperationException("broken map");
            }

            Interlocked.Increment(ref writes);
        }

        public bool Remove(int key)
        {
            Interlocked.Increment(ref writes);
            return true;
        }

        public void ApplyBatch(ReadOnlySpan<MapWrite<int, int>> writes) => throw new NotSupportedException();

        public IReadOnlyDictionary<int, int> Snapshot() => throw new NotSupportedException();
    }
}
