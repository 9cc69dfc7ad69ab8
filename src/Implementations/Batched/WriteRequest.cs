using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;

namespace Lab.Maps;

/// <summary>
/// One writer's request to a <see cref="BatchedCowMap{TKey, TValue}"/>: the write (or explicit
/// batch), its outcome, and the signal its writer blocks on. Reused by its thread once done.
/// </summary>
/// <remarks>
/// Ownership: the writer fills it and pushes it; from then until <see cref="Complete"/> only the
/// combiner that drained it touches <see cref="Next"/>, <see cref="Changed"/> and
/// <see cref="Failure"/>; after <see cref="Complete"/> only the writer does. <see cref="Wake"/> may
/// reach a request at any time (a late hand-off), so a writer treats every wake as a hint and
/// re-checks <see cref="IsDone"/>.
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The signal is never asked for its WaitHandle, so it owns no OS handle: it waits on a monitor, and the GC reclaims it with the request.")]
internal sealed class WriteRequest<TKey, TValue>
    where TKey : notnull
{
    private readonly ManualResetEventSlim signal = new();
    private MapWrite<TKey, TValue> single;
    private MapWrite<TKey, TValue>[]? batch;
    private int isDone;

    /// <summary>The next request on the pending stack, then in the combiner's arrival-order list.</summary>
    public WriteRequest<TKey, TValue>? Next { get; set; }

    /// <summary>Set by the combiner: whether applying the request changed the contents (for one remove: whether it removed).</summary>
    public bool Changed { get; set; }

    /// <summary>Set by the combiner when applying the request threw; the request then had no effect.</summary>
    public ExceptionDispatchInfo? Failure { get; set; }

    /// <summary>The writes, in order: the single write or the explicit batch.</summary>
    public ReadOnlySpan<MapWrite<TKey, TValue>> Writes
        => batch ?? new ReadOnlySpan<MapWrite<TKey, TValue>>(in single);

    /// <summary>True once the combiner has published (or failed) the request.</summary>
    public bool IsDone => Volatile.Read(ref isDone) != 0;

    /// <summary>Readies the request for one write. Only for a request that is not pending.</summary>
    public void Prepare(in MapWrite<TKey, TValue> write)
    {
        single = write;
        batch = null;
        Reset();
    }

    /// <summary>Readies the request for an explicit batch. Only for a request that is not pending.</summary>
    public void Prepare(MapWrite<TKey, TValue>[] writes)
    {
        single = default;
        batch = writes;
        Reset();
    }

    /// <summary>Drops the references the request holds, so a cached request keeps no keys or values alive.</summary>
    public void Clear()
    {
        single = default;
        batch = null;
        Failure = null;
        Next = null;
    }

    /// <summary>
    /// Marks the request done and wakes its writer. The caller must have read <see cref="Next"/>
    /// first: from the moment it is done the writer may reuse it.
    /// </summary>
    public void Complete()
    {
        Volatile.Write(ref isDone, 1);
        signal.Set();
    }

    /// <summary>Wakes the writer so that it tries to become the combiner.</summary>
    public void Wake() => signal.Set();

    /// <summary>Blocks (after a short spin) until <see cref="Complete"/> or <see cref="Wake"/>, then re-arms the signal.</summary>
    public void WaitForSignal()
    {
        signal.Wait();
        signal.Reset();
    }

    private void Reset()
    {
        Changed = false;
        Failure = null;
        Next = null;
        Volatile.Write(ref isDone, 0);
        signal.Reset();
    }
}
