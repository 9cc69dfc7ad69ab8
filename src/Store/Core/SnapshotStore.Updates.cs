namespace Lab.CowStore;

/// <content>Writers: locked updates, transactions, batches, optimistic and lock-free updates.</content>
public sealed partial class SnapshotStore<T>
{
    /// <summary>
    /// Replaces the value with <c>change(current)</c> under the writer lock and publishes it.
    /// If <paramref name="change"/> throws, its exception propagates and nothing is published.
    /// </summary>
    /// <param name="change">Builds the new value from the current one without mutating it (e.g. a <c>with</c> expression).</param>
    /// <returns>The published snapshot, or the current one if <paramref name="change"/> returned its input unchanged.</returns>
    /// <exception cref="SnapshotValidationException">A validator rejected the new value; the old snapshot stays current.</exception>
    public Snapshot<T> Update(Func<T, T> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ThrowOnRejection(UpdateLocked(change, static (change, snapshot) => Change<T>.To(change(snapshot.Value)), default(NoYield)));
    }

    /// <summary>
    /// A transactional update: <paramref name="change"/> returns <see cref="Change{T}.To(T)"/> to publish or
    /// <see cref="Change{T}.Abort(string)"/> to publish nothing. Validator rejections are reported in the
    /// result, not thrown; an exception thrown by <paramref name="change"/> propagates and publishes nothing.
    /// </summary>
    /// <param name="change">Decides from the current value.</param>
    /// <returns>Published, Unchanged, Aborted or Rejected, with the current snapshot.</returns>
    public UpdateResult<T> TryUpdate(Func<T, Change<T>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return UpdateLocked(change, static (change, snapshot) => change(snapshot.Value), default(NoYield));
    }

    /// <summary>
    /// Applies <paramref name="changes"/> in order to one working value and publishes the result ONCE:
    /// one version, one snapshot, one notification. Validators see only the final value; if any change
    /// throws, nothing is published.
    /// </summary>
    /// <param name="changes">The changes, applied first to last.</param>
    /// <returns>The published snapshot (or the current one if the changes produced the same instance).</returns>
    /// <exception cref="SnapshotValidationException">A validator rejected the final value.</exception>
    public Snapshot<T> BatchUpdate(IReadOnlyList<Func<T, T>> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return ThrowOnRejection(UpdateLocked(changes, static (changes, snapshot) =>
        {
            var value = snapshot.Value;
            for (var i = 0; i < changes.Count; i++)
            {
                value = changes[i](value);
            }

            return Change<T>.To(value);
        }, default(NoYield)));
    }

    /// <summary>
    /// Optimistic concurrency: publishes <paramref name="next"/> only if the current version is
    /// <paramref name="expectedVersion"/> (the version the caller based its change on).
    /// </summary>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="next">The new value.</param>
    /// <returns>Published, Unchanged, VersionConflict or Rejected, with the current snapshot.</returns>
    public UpdateResult<T> CompareAndSet(long expectedVersion, T next) =>
        UpdateLocked((expectedVersion, next), static (request, snapshot) => snapshot.Version == request.expectedVersion
            ? Change<T>.To(request.next)
            : Change<T>.Conflict($"expected version {request.expectedVersion}, current version is {snapshot.Version}"),
            default(NoYield));

    /// <summary>Lock-free update; see <see cref="UpdateCas(Func{T, T}, out int)"/>.</summary>
    /// <param name="change">A pure function of the current value.</param>
    /// <returns>The published snapshot.</returns>
    public Snapshot<T> UpdateCas(Func<T, T> change) => UpdateCas(change, out _);

    /// <summary>
    /// Lock-free update: load the current snapshot, compute <c>change(value)</c>, validate, and publish with
    /// one compare-and-swap; when another writer published first, retry from its snapshot. Under
    /// contention every retry repeats the whole change (a whole copy for copy-on-write collections).
    /// </summary>
    /// <param name="change">
    /// Must be pure: it may run several times per call, must not mutate its input and must not create
    /// resources (values discarded by a lost race are not disposed).
    /// </param>
    /// <param name="retries">How many attempts lost a race and were retried in this call.</param>
    /// <returns>The published snapshot, or the current one if <paramref name="change"/> returned its input.</returns>
    /// <exception cref="SnapshotValidationException">A validator rejected the new value.</exception>
    public Snapshot<T> UpdateCas(Func<T, T> change, out int retries)
    {
        ArgumentNullException.ThrowIfNull(change);
        return UpdateCas(change, out retries, default(NoYield));
    }

    internal Snapshot<T> UpdateCas<TYield>(Func<T, T> change, out int retries, TYield yield)
        where TYield : struct, IYieldPoint
    {
        retries = 0;
        while (true)
        {
            yield.Yield();
            var snapshot = Current;
            ThrowIfTombstone(snapshot);
            var next = change(snapshot.Value);
            if (IsSameInstance(next, snapshot.Value))
            {
                return snapshot;
            }

            if (Validate(next) is { } errors)
            {
                instruments.Rejected();
                throw new SnapshotValidationException(errors);
            }

            if (TryPublish(snapshot, next, yield) is { } published)
            {
                return published;
            }

            retries++;
            CountCasRetry();
        }
    }

    /// <summary>
    /// The one locked write path: decide from the current snapshot, validate, publish with CAS; a CAS lost
    /// to a concurrent <see cref="UpdateCas(Func{T, T})"/> recomputes the decision from the new snapshot.
    /// </summary>
    internal UpdateResult<T> UpdateLocked<TState, TYield>(TState state, Func<TState, Snapshot<T>, Change<T>> decide, TYield yield)
        where TYield : struct, IYieldPoint
    {
        lock (writerLock)
        {
            while (true)
            {
                yield.Yield();
                var snapshot = Current;
                ThrowIfTombstone(snapshot);
                var change = decide(state, snapshot);
                if (change.Status == UpdateStatus.Unchanged || (change.IsCommit && IsSameInstance(change.Next, snapshot.Value)))
                {
                    return UpdateResult<T>.Success(UpdateStatus.Unchanged, snapshot);
                }

                if (!change.IsCommit)
                {
                    return UpdateResult<T>.Failure(change.Status, snapshot, change.Reason!);
                }

                if (Validate(change.Next) is { } errors)
                {
                    instruments.Rejected();
                    return new UpdateResult<T>(UpdateStatus.Rejected, snapshot, errors);
                }

                if (TryPublish(snapshot, change.Next, yield) is { } published)
                {
                    return UpdateResult<T>.Success(UpdateStatus.Published, published);
                }

                CountCasRetry();
            }
        }
    }

    private void CountCasRetry()
    {
        Interlocked.Increment(ref casRetries);
        instruments.CasRetried();
    }

    /// <summary>True when a change returned its input: nothing to publish. Value types never compare same (no boxing).</summary>
    private static bool IsSameInstance(T next, T current) => !typeof(T).IsValueType && ReferenceEquals(next, current);

    private static Snapshot<T> ThrowOnRejection(UpdateResult<T> result) => result.Status == UpdateStatus.Rejected
        ? throw new SnapshotValidationException(result.Errors)
        : result.Snapshot;
}
