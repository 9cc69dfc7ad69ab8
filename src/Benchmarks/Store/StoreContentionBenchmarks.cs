using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Lab.CowStore;

namespace Lab.Benchmarks.Store;

/// <summary>
/// Locked vs CAS updates under 1 and several concurrent writers (curriculum task 23). Writers are
/// persistent threads parked on a barrier and released once per invocation, so thread start-up is
/// outside the measurement; every invocation performs <see cref="TotalUpdates"/> updates in all.
/// CAS retries per update are printed at cleanup (BenchmarkDotNet cannot see them).
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes.")]
public class StoreContentionBenchmarks
{
    public const int TotalUpdates = 12_000;

    private SnapshotStore<StoreBenchConfig> store = null!;
    private Barrier gate = null!;
    private Thread[] threads = [];
    private volatile bool stopping;
    private long invocations;

    [Params(1, 4)]
    public int Writers { get; set; }

    [Params(StoreWriterKind.Locked, StoreWriterKind.Cas)]
    public StoreWriterKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        store = new SnapshotStore<StoreBenchConfig>(StoreBenchConfig.Create(), new SnapshotStoreOptions<StoreBenchConfig> { Name = "bench-contention" });
        gate = new Barrier(Writers + 1);
        threads = [.. Enumerable.Range(0, Writers).Select(w => new Thread(() => WriterLoop(w)) { IsBackground = true })];
        foreach (var thread in threads)
        {
            thread.Start();
        }
    }

    [Benchmark(OperationsPerInvoke = TotalUpdates)]
    public long Updates()
    {
        invocations++;
        gate.SignalAndWait(); // release the writers
        gate.SignalAndWait(); // wait until all finished
        return store.Version;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        stopping = true;
        gate.SignalAndWait();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        var updates = Math.Max(1, invocations * TotalUpdates);
        Console.WriteLine($"// {Kind} x{Writers}: {store.CasRetryCount} CAS retries over {updates} updates = {(double)store.CasRetryCount / updates:F4} per update");
        gate.Dispose();
        store.Dispose();
    }

    private void WriterLoop(int writer)
    {
        var perWriter = TotalUpdates / Writers;
        while (true)
        {
            gate.SignalAndWait();
            if (stopping)
            {
                return;
            }

            for (var i = 0; i < perWriter; i++)
            {
                var key = (writer * perWriter) + i;
                if (Kind == StoreWriterKind.Cas)
                {
                    store.UpdateCas(c => c.Bump(key));
                }
                else
                {
                    store.Update(c => c.Bump(key));
                }
            }

            gate.SignalAndWait();
        }
    }
}
