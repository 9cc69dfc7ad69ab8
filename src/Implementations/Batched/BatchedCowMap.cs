using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;

namespace Lab.Maps;

/// <summary>
/// Copy-on-write <see cref="Dictionary{TKey, TValue}"/> whose concurrent writers are combined
/// (flat combining): each writer enqueues its write; whoever becomes the combiner applies every
/// pending write to ONE clone and publishes it once; each writer returns once its write is
/// visible.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reads</b>: one <see cref="Volatile.Read{T}(ref readonly T)"/> of the published dictionary
/// and a lookup, as in <see cref="CopyOnWriteMap{TKey, TValue}"/>.
/// </para>
/// <para>
/// <b>Writes</b>: the writer pushes a request (its thread's cached one: no allocation) onto a
/// lock-free stack, then tries to take the combiner flag. The combiner drains the whole stack,
/// applies the requests in arrival order to one clone (no clone at all when every one is a no-op),
/// publishes it with <see cref="Volatile.Write{T}(ref T, T)"/>, then marks each request done and
/// wakes its writer. A writer that is not the combiner spins briefly, then blocks on its request's
/// signal. n concurrent writes cost one O(n) clone instead of n of them. Each clone is counted
/// as a Rebuild (with its EntriesCopied; Copies stays 0), so rebuilds per write falls below 1
/// under contention. Combining needs writers to arrive while a clone is being made: when a clone
/// takes less than a thread wake-up (small maps) and cores are few, most rounds hold one write.
/// </para>
/// <para>
/// <b>Linearizability</b>: a request takes effect at the publish that includes it, which happens
/// after it was pushed and before its writer returns; a writer has one request in flight at a
/// time, so one thread's writes apply in its program order. A remove's result is computed in the
/// order of application. A write is visible to every read that starts after it returns.
/// </para>
/// <para>
/// <b>Progress</b>: nobody is left waiting for a combiner that will not come. A writer blocks
/// only after it failed to take the flag, so the holder answers for its request: after releasing
/// the flag (a full fence) the holder looks at the stack; if it is not empty it combines another
/// round, or, after <see cref="MaxRoundsPerCombiner"/> rounds (which bounds what the combiner's
/// own caller pays for serving others), wakes the writer of the newest pending request so that it
/// takes over; if the flag was taken meanwhile, the new holder answers. A write made from inside
/// the map's own comparer while combining would wait for itself, so it throws
/// <see cref="LockRecursionException"/> instead.
/// </para>
/// <para>
/// <b>Failures</b>: a write whose application throws (the key comparer, the value's
/// <see cref="object.Equals(object)"/>, out of memory while cloning) fails alone: it has no
/// effect, its exception is rethrown to the writer that made it, and the round's other writes
/// are applied as if it had never been made (the clone it touched is discarded and the round
/// reapplied to a fresh clone, also counted as a rebuild). No waiter is left hanging.
/// </para>
/// <para>
/// <b>Batches</b> are one request: one clone, one publish, atomic. <b>Snapshots</b> are O(1).
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class BatchedCowMap<TKey, TValue> : IConcurrentMap<TKey, TValue>, IMapCostCounters
    where TKey : notnull
{
    /// <summary>Combining rounds one combiner runs back to back before handing the work over.</summary>
    public const int MaxRoundsPerCombiner = 4;

    // The calling thread's idle request; taken out while in use, so a reentrant write gets a fresh one.
    [ThreadStatic]
    private static WriteRequest<TKey, TValue>? cachedRequest;

    private readonly CostCounterSet counters = new();
    private Dictionary<TKey, TValue> published;

    // Treiber stack of pushed requests not yet drained, newest first. Only push and drain-all: no ABA.
    private WriteRequest<TKey, TValue>? pending;

    // 1 while a thread is the combiner; taken and released with interlocked instructions.
    private int combining;
    private int combinerThreadId;

    /// <summary>Creates a map.</summary>
    /// <param name="initial">Initial contents, or <see langword="null"/>.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    public BatchedCowMap(IEnumerable<KeyValuePair<TKey, TValue>>? initial = null, IEqualityComparer<TKey>? comparer = null)
        => published = DictionaryCopy.From(initial, comparer);

    /// <inheritdoc />
    public IEqualityComparer<TKey> Comparer => published.Comparer;

    /// <inheritdoc />
    public int Count => Volatile.Read(ref published).Count;

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        KeyGuard.NotNull(key);
        return Volatile.Read(ref published).TryGetValue(key, out value);
    }

    /// <inheritdoc />
    public void Set(TKey key, TValue value)
    {
        KeyGuard.NotNull(key);
        var request = RentRequest();
        request.Prepare(MapWrite<TKey, TValue>.Set(key, value));
        Run(request);
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        KeyGuard.NotNull(key);
        var request = RentRequest();
        request.Prepare(MapWrite<TKey, TValue>.Remove(key));
        return Run(request);
    }

    /// <inheritdoc />
    public void ApplyBatch(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        KeyGuard.NotNull(writes);
        if (writes.IsEmpty)
        {
            return;
        }

        var request = RentRequest();
        request.Prepare(writes.ToArray());
        Run(request);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => DictionaryCopy.AsSnapshot(Volatile.Read(ref published));

    /// <inheritdoc />
    public MapCostCounters ReadCounters() => counters.Read();

    /// <summary>
    /// Requests pushed and not yet drained. Exact only while no combining round runs (tests hold
    /// the combiner inside a comparer to line requests up for one round).
    /// </summary>
    internal int PendingRequestCount
    {
        get
        {
            var count = 0;
            for (var request = Volatile.Read(ref pending); request is not null; request = request.Next)
            {
                count++;
            }

            return count;
        }
    }

    private static WriteRequest<TKey, TValue> RentRequest()
    {
        var request = cachedRequest ?? new WriteRequest<TKey, TValue>();
        cachedRequest = null;
        return request;
    }

    // Submits the request and waits until it is published; returns whether it changed the contents.
    private bool Run(WriteRequest<TKey, TValue> request)
    {
        try
        {
            Submit(request);
            return request.Changed;
        }
        finally
        {
            // Only a done request is off the stack and safe to reuse.
            if (request.IsDone)
            {
                request.Clear();
                cachedRequest = request;
            }
        }
    }

    private void Submit(WriteRequest<TKey, TValue> request)
    {
        if (Volatile.Read(ref combinerThreadId) == Environment.CurrentManagedThreadId)
        {
            throw new LockRecursionException("A write to a BatchedCowMap from inside its own combining round (a comparer writing to its map) would wait for itself.");
        }

        Push(request);
        while (true)
        {
            if (TryTakeCombinerFlag())
            {
                CombineWhilePending();
            }

            // Done, or the flag is held by a thread that answers for this request (see the type comment).
            if (request.IsDone)
            {
                break;
            }

            request.WaitForSignal();
        }

        request.Failure?.Throw();
    }

    private void Push(WriteRequest<TKey, TValue> request)
    {
        while (true)
        {
            var head = Volatile.Read(ref pending);
            request.Next = head;
            if (ReferenceEquals(Interlocked.CompareExchange(ref pending, request, head), head))
            {
                return;
            }
        }
    }

    private bool TryTakeCombinerFlag() => Interlocked.CompareExchange(ref combining, 1, 0) == 0;

    // Called holding the combiner flag; returns having released it, with every request pushed
    // before the release either done or answered for by another thread.
    private void CombineWhilePending()
    {
        for (var round = 1; ; round++)
        {
            Volatile.Write(ref combinerThreadId, Environment.CurrentManagedThreadId);
            try
            {
                CombineOnce();
            }
            finally
            {
                Volatile.Write(ref combinerThreadId, 0);

                // Interlocked: a full fence, so the read of the stack below cannot move before the release.
                Interlocked.Exchange(ref combining, 0);
            }

            var head = Volatile.Read(ref pending);
            if (head is null)
            {
                return;
            }

            if (round == MaxRoundsPerCombiner)
            {
                head.Wake();
                return;
            }

            if (!TryTakeCombinerFlag())
            {
                return;
            }
        }
    }

    // Drains every pending request, applies them in arrival order in one clone, publishes once,
    // then completes each. Never throws for a request's failure: it is recorded on the request.
    private void CombineOnce()
    {
        var first = DrainInArrivalOrder();
        if (first is null)
        {
            return;
        }

        while (!TryApplyAndPublish(first))
        {
            // A request failed after the clone was changed; it is now marked failed and skipped.
        }

        for (var request = first; request is not null;)
        {
            var next = request.Next;
            request.Complete();
            request = next;
        }
    }

    private WriteRequest<TKey, TValue>? DrainInArrivalOrder()
    {
        var newest = Interlocked.Exchange(ref pending, null);
        WriteRequest<TKey, TValue>? oldest = null;
        while (newest is not null)
        {
            var next = newest.Next;
            newest.Next = oldest;
            oldest = newest;
            newest = next;
        }

        return oldest;
    }

    // Applies every request not yet failed to one clone and publishes it. Returns false, publishing
    // nothing, when a request threw after the clone was changed (the clone may hold part of it):
    // that request is marked failed and the caller starts over, so this runs at most once per
    // request plus once.
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Any exception from user code (comparer, Equals) is handed to the writer whose request caused it.")]
    private bool TryApplyAndPublish(WriteRequest<TKey, TValue> first)
    {
        var current = published;
        Dictionary<TKey, TValue>? next = null;
        for (var request = first; request is not null; request = request.Next)
        {
            if (request.Failure is not null)
            {
                continue;
            }

            try
            {
                // Until the first change the state equals current, so no-ops are detected against it without a clone.
                if (next is null)
                {
                    if (DictionaryCopy.WouldNotChange(current, request.Writes))
                    {
                        request.Changed = false;
                        continue;
                    }

                    counters.AddRebuild(current.Count);
                    next = DictionaryCopy.Clone(current);
                }

                request.Changed = DictionaryCopy.Apply(next, request.Writes);
            }
            catch (Exception exception)
            {
                request.Failure = ExceptionDispatchInfo.Capture(exception);
                if (next is not null)
                {
                    return false;
                }
            }
        }

        if (next is not null)
        {
            Volatile.Write(ref published, next);
        }

        return true;
    }
}
