using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Lab.CowStore;

namespace Lab.Benchmarks.Store;

/// <summary>
/// Single-threaded costs of the COW store: a read, a leased read, one update, and 100 changes as
/// 100 updates vs one batch (curriculum task 17) vs one builder-based change (one map rebuild).
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes.")]
public class StoreBenchmarks
{
    private const int batchSize = 100;
    private readonly Func<StoreBenchConfig, StoreBenchConfig>[] changes =
        [.. Enumerable.Range(0, batchSize).Select(k => (Func<StoreBenchConfig, StoreBenchConfig>)(c => c.Bump(k)))];

    private SnapshotStore<StoreBenchConfig> store = null!;

    [GlobalSetup]
    public void Setup() => store = new SnapshotStore<StoreBenchConfig>(StoreBenchConfig.Create(), new SnapshotStoreOptions<StoreBenchConfig> { Name = "bench" });

    [GlobalCleanup]
    public void Cleanup() => store.Dispose();

    [Benchmark(Baseline = true, Description = "Read: Current.Value")]
    public long Read() => store.Current.Value.Counter;

    [Benchmark(Description = "Leased read: Lease + Dispose")]
    public long LeasedRead()
    {
        using var lease = store.Lease();
        return lease.Value.Counter;
    }

    [Benchmark(Description = "Update: one change")]
    public long Update() => store.Update(static c => c.Bump(7)).Version;

    [Benchmark(OperationsPerInvoke = batchSize, Description = "100 changes as 100 updates (per change)")]
    public long HundredUpdates()
    {
        long version = 0;
        foreach (var change in changes)
        {
            version = store.Update(change).Version;
        }

        return version;
    }

    [Benchmark(OperationsPerInvoke = batchSize, Description = "100 changes as one BatchUpdate (per change)")]
    public long OneBatchOfHundred() => store.BatchUpdate(changes).Version;

    [Benchmark(OperationsPerInvoke = batchSize, Description = "100 changes as one builder update (per change)")]
    public long OneBuilderUpdateOfHundred() => store.Update(static c =>
    {
        var features = c.Features.ToBuilder();
        for (var k = 0; k < batchSize; k++)
        {
            features[k] = (int)c.Counter;
        }

        return new StoreBenchConfig(c.Counter + batchSize, features.ToImmutable());
    }).Version;
}
