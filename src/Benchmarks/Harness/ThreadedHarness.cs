using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Lab.Benchmarks.Workloads;
using Lab.Maps;

namespace Lab.Benchmarks.Harness;

/// <summary>
/// Runs a workload on persistent worker threads inside a BenchmarkDotNet invocation.
/// </summary>
/// <remarks>
/// <para>
/// Workers are started once, when the harness is built (in <c>[GlobalSetup]</c>), and park on
/// their own gate. <see cref="RunInvocation"/> opens every gate and returns when the last worker
/// has finished its slice: the invocation's time is the slowest worker's, as a user of the map
/// would see it. Each worker replays its own precomputed stream from its own offset, so the timed
/// region holds no random number generation, no allocation by the harness, no thread start and no
/// correctness check. Every read's value is folded into a per-worker sum that the invocation
/// returns, so no read can be optimized away.
/// </para>
/// <para>
/// The harness's own cost (gate, dispatch, stream replay) is what a <see cref="NoopMap{TKey, TValue}"/>
/// run measures.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
internal sealed class ThreadedHarness<TKey> : IInvocationHarness
    where TKey : notnull
{
    // One cache line (and then some) between the workers' result slots: no false sharing.
    private const int slotStride = 16;

    private readonly IConcurrentMap<TKey, int> map;
    private readonly TKey[] keys;
    private readonly OperationStream[] streams;
    private readonly ManualResetEventSlim[] gates;
    private readonly CountdownEvent finished;
    private readonly Thread[] workers;
    private readonly long[] sums;
    private volatile bool stopping;
    private ExceptionDispatchInfo? failure;

    /// <summary>Starts one parked worker per stream.</summary>
    /// <param name="map">The map under test, already prefilled.</param>
    /// <param name="keys">The key set the streams index into.</param>
    /// <param name="streams">One stream per worker, all with the same slice length.</param>
    public ThreadedHarness(IConcurrentMap<TKey, int> map, TKey[] keys, OperationStream[] streams)
    {
        ArgumentOutOfRangeException.ThrowIfZero(streams.Length);
        this.map = map;
        this.keys = keys;
        this.streams = streams;
        OperationsPerInvocation = (long)streams.Length * streams[0].SliceLength;
        WritesPerInvocation = streams.Sum(stream => (long)stream.WritesPerSlice);
        gates = [.. streams.Select(_ => new ManualResetEventSlim(false))];
        finished = new CountdownEvent(streams.Length);
        sums = new long[streams.Length * slotStride];
        workers = new Thread[streams.Length];
        for (var worker = 0; worker < workers.Length; worker++)
        {
            workers[worker] = new Thread(WorkerLoop) { IsBackground = true, Name = $"bench-worker-{worker}" };
            workers[worker].Start(worker);
        }
    }

    public long OperationsPerInvocation { get; }

    public long WritesPerInvocation { get; }

    public long RunInvocation()
    {
        finished.Reset();
        foreach (var gate in gates)
        {
            gate.Set();
        }

        finished.Wait();
        failure?.Throw();
        var total = 0L;
        for (var worker = 0; worker < workers.Length; worker++)
        {
            total += sums[worker * slotStride];
        }

        return total;
    }

    public void Dispose()
    {
        stopping = true;
        finished.Reset();
        foreach (var gate in gates)
        {
            gate.Set();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        foreach (var gate in gates)
        {
            gate.Dispose();
        }

        finished.Dispose();
    }

    private void WorkerLoop(object? state)
    {
        var worker = (int)state!;
        var gate = gates[worker];
        var stream = streams[worker];
        var slice = stream.StartSlice;

        // Values written are unique per worker and per write, so every write changes the map.
        var stamp = worker;
        while (true)
        {
            gate.Wait();
            gate.Reset(); // safe: the next Set comes only after this worker signals below
            if (stopping)
            {
                finished.Signal();
                return;
            }

            try
            {
                sums[worker * slotStride] = Replay(stream, slice * stream.SliceLength, ref stamp, workers.Length);
            }
#pragma warning disable CA1031 // A worker's failure is rethrown on the benchmark thread.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(exception), null);
            }

            slice = slice + 1 == stream.SliceCount ? 0 : slice + 1;
            finished.Signal();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Replay(OperationStream stream, int start, ref int stamp, int stampStep)
    {
        var target = map;
        var keySet = keys;
        var ops = stream.Ops.AsSpan(start, stream.SliceLength);
        var keyIndexes = stream.KeyIndexes.AsSpan(start, stream.SliceLength);
        var value = stamp;
        var sum = 0L;
        for (var i = 0; i < ops.Length; i++)
        {
            var key = keySet[keyIndexes[i]];
            switch (ops[i])
            {
                case OpKind.Read:
                    if (target.TryGetValue(key, out var found))
                    {
                        sum += found + 1;
                    }

                    break;
                case OpKind.Remove:
                    target.Remove(key);
                    break;
                default: // Update and Reinsert
                    value += stampStep;
                    target.Set(key, value);
                    break;
            }
        }

        stamp = value;
        return sum;
    }
}
