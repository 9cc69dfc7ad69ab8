using System.Diagnostics;

namespace Lab.Benchmarks.Experiments;

/// <summary>
/// Runs <c>threads</c> workers for a fixed wall-clock phase: the threads are created and parked on a
/// gate before timing starts (thread start-up is outside the measurement), released together, told
/// to stop when the phase ends, and joined; the elapsed time runs from the release to the last join,
/// so an operation in flight at the stop is counted and timed. Allocation and GC counts cover the
/// same span (all threads).
/// </summary>
internal static class TimedWorkers
{
    /// <summary>The outcome of one phase.</summary>
    /// <param name="Operations">Operations completed by all workers.</param>
    /// <param name="Elapsed">From the release to the last worker's exit.</param>
    /// <param name="Gc">Allocation and collections during the phase.</param>
    public readonly record struct Outcome(long Operations, TimeSpan Elapsed, GcReading Gc)
    {
        public double OperationsPerSecond => Operations / Elapsed.TotalSeconds;
    }

    /// <param name="threads">Worker count.</param>
    /// <param name="phase">How long the workers run.</param>
    /// <param name="operation">One operation: worker index, that worker's operation index.</param>
    public static Outcome Run(int threads, TimeSpan phase, Action<int, long> operation)
    {
        using var start = new ManualResetEventSlim(false);
        var stop = 0;
        var counts = new long[threads];
        Exception? failure = null;
        var workers = Enumerable.Range(0, threads).Select(worker => new Thread(() =>
        {
            start.Wait();
            long i = 0;
            try
            {
                while (Volatile.Read(ref stop) == 0)
                {
                    operation(worker, i++);
                }
            }
#pragma warning disable CA1031 // A worker's failure is rethrown on the calling thread.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Interlocked.CompareExchange(ref failure, exception, null);
                i--;
            }

            counts[worker] = i;
        })
        { IsBackground = true, Name = $"experiment-worker-{worker}" }).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        var before = GcReading.Take();
        var clock = Stopwatch.StartNew();
        start.Set();
        Thread.Sleep(phase); // the phase length, not a synchronization: the join below is
        Volatile.Write(ref stop, 1);
        foreach (var worker in workers)
        {
            worker.Join();
        }

        var elapsed = clock.Elapsed;
        var gc = GcReading.Take() - before;
        return failure is null
            ? new Outcome(counts.Sum(), elapsed, gc)
            : throw new InvalidOperationException("An experiment worker failed.", failure);
    }
}
