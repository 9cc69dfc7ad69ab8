using System.Runtime.CompilerServices;

namespace Lab.CowStore;

/// <summary>
/// A copy-on-write store of an immutable <typeparamref name="T"/>: readers load the current
/// <see cref="Snapshot{T}"/> with one volatile read and never block; writers build a new value from
/// the current one and publish it as a new snapshot with the next version.
/// </summary>
/// <typeparam name="T">
/// The value type. The store cannot copy or freeze it: model it as an immutable type (records with
/// init-only members, <c>System.Collections.Immutable</c> collections) so that an old snapshot can
/// never change. A <typeparamref name="T"/> with mutable members (arrays, <c>List&lt;T&gt;</c>, settable
/// properties) breaks every guarantee below, and the store cannot detect it.
/// </typeparam>
/// <remarks>
/// <para>Guarantees: <see cref="Current"/> is one volatile load of one object holding value, version and
/// publish time. Versions strictly increase. A snapshot becomes visible to readers atomically when it
/// is published and every later <see cref="Current"/> sees it or a newer one.</para>
/// <para>Writers: <see cref="Update(Func{T, T})"/> and its relatives run under one writer lock;
/// <see cref="UpdateCas(Func{T, T}, out int)"/> is lock-free. Both publish with a compare-and-swap, so they
/// may be mixed: a locked update that loses a race to a CAS update recomputes its change (count in
/// <see cref="CasRetryCount"/>). Validators run on every new value before it is published; nothing is
/// published when a validator rejects or a change function throws or aborts.</para>
/// <para>Reclamation: see <see cref="Lease"/>; a disposable value is disposed exactly once, after it is
/// replaced and its last lease is released.</para>
/// </remarks>
public sealed partial class SnapshotStore<T> : IDisposable
{
    private readonly Lock writerLock = new();
    private readonly Lock subscribersLock = new();
    private readonly TimeProvider clock;
    private readonly Func<T, string?>[] validators;
    private readonly IEqualityComparer<T>? reloadComparer;
    private readonly ReclamationTracker tracker = new();
    private readonly StoreInstruments instruments;
    private Snapshot<T> current;
    private SnapshotSubscription<T>[] subscribers = [];
    private long casRetries;
    private long reloadFailures;
    private long unchangedReloads;
    private string? lastReloadError;

    /// <summary>Creates a store whose first snapshot holds <paramref name="initial"/>.</summary>
    /// <param name="initial">The first value; validators must accept it.</param>
    /// <param name="options">Validators, clock, initial version, metrics; null for defaults.</param>
    /// <exception cref="SnapshotValidationException">A validator rejects <paramref name="initial"/>.</exception>
    public SnapshotStore(T initial, SnapshotStoreOptions<T>? options = null)
    {
        options ??= new SnapshotStoreOptions<T>();
        ArgumentOutOfRangeException.ThrowIfNegative(options.InitialVersion, nameof(options.InitialVersion));
        clock = options.TimeProvider;
        validators = [.. options.Validators];
        reloadComparer = options.ReloadComparer;
        Name = options.Name;
        var errors = Validate(initial);
        if (errors is not null)
        {
            throw new SnapshotValidationException(errors);
        }

        current = new Snapshot<T>(initial, options.InitialVersion, clock.GetUtcNow(), clock, tracker);
        instruments = new StoreInstruments(Name, options.MeterFactory, () => Current.Version, () => Current.Age.TotalSeconds);
    }

    /// <summary>The store's name (the <c>store</c> metric tag).</summary>
    public string Name { get; }

    /// <summary>The current snapshot: one volatile load, never blocks. Load once per logical operation.</summary>
    public Snapshot<T> Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref current);
    }

    /// <summary>The current snapshot's version.</summary>
    public long Version => Current.Version;

    /// <summary>Time since the current snapshot was published.</summary>
    public TimeSpan Age => Current.Age;

    /// <summary>CAS attempts (by <see cref="UpdateCas(Func{T, T})"/> or a locked update racing one) that lost and were retried.</summary>
    public long CasRetryCount => Interlocked.Read(ref casRetries);

    /// <summary>Reloads that failed and kept the old snapshot.</summary>
    public long ReloadFailureCount => Interlocked.Read(ref reloadFailures);

    /// <summary>Reloads that loaded a value equal to the current one and published nothing.</summary>
    public long UnchangedReloadCount => Interlocked.Read(ref unchangedReloads);

    /// <summary>The error of the most recent failed reload, or null if the last reload succeeded (or none ran).</summary>
    public string? LastReloadError => Volatile.Read(ref lastReloadError);

    /// <summary>Replaced snapshots still held by leases. A number that only grows means leaked leases.</summary>
    public long PendingReclamationCount => tracker.Pending;

    private bool IsDisposed => Current.IsTombstone;

    /// <summary>
    /// Disposes the store: the current snapshot is retired (its disposable value is disposed once its
    /// leases are released), subscriptions end, the owned meter is disposed. <see cref="Current"/> keeps
    /// returning the last snapshot; updates and new leases throw <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        lock (writerLock)
        {
            while (true)
            {
                var last = Current;
                if (last.IsTombstone)
                {
                    return;
                }

                if (Interlocked.CompareExchange(ref current, last.ToTombstone(), last) == last)
                {
                    last.Retire(default(NoYield));
                    break;
                }
            }
        }

        SnapshotSubscription<T>[] ending;
        lock (subscribersLock)
        {
            ending = subscribers;
            subscribers = [];
        }

        foreach (var subscription in ending)
        {
            subscription.Dispose();
        }

        instruments.Dispose();
    }

    /// <summary>
    /// Runs every validator on <paramref name="candidate"/> without publishing anything: what an update or
    /// reload of that value would be rejected for. For writers that store the value elsewhere first (a
    /// remote source every instance reloads from) and should not write what the stores would reject.
    /// </summary>
    /// <param name="candidate">The value to check.</param>
    /// <returns>The validators' messages; empty when every validator accepts.</returns>
    public IReadOnlyList<string> Check(T candidate) => Validate(candidate) ?? (IReadOnlyList<string>)[];

    /// <summary>Runs every validator; null when all accept, else their messages.</summary>
    private List<string>? Validate(T value)
    {
        List<string>? errors = null;
        foreach (var validator in validators)
        {
            if (validator(value) is { } error)
            {
                (errors ??= []).Add(error);
            }
        }

        return errors;
    }

    /// <summary>
    /// Publishes <paramref name="next"/> as the successor of <paramref name="expected"/> if that is still
    /// current (one CAS), then retires <paramref name="expected"/> and notifies subscribers.
    /// Returns null when another writer published first.
    /// </summary>
    private Snapshot<T>? TryPublish<TYield>(Snapshot<T> expected, T next, TYield yield)
        where TYield : struct, IYieldPoint
    {
        var snapshot = new Snapshot<T>(next, expected.Version + 1, clock.GetUtcNow(), clock, tracker);
        yield.Yield();
        if (Interlocked.CompareExchange(ref current, snapshot, expected) != expected)
        {
            return null;
        }

        expected.Retire(yield);
        instruments.Published();
        foreach (var subscription in Volatile.Read(ref subscribers))
        {
            subscription.Offer(snapshot);
        }

        return snapshot;
    }

    private static void ThrowIfTombstone(Snapshot<T> snapshot) =>
        ObjectDisposedException.ThrowIf(snapshot.IsTombstone, typeof(SnapshotStore<T>));
}
