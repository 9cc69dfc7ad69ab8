using Etcdserverpb;
using Grpc.Core;

namespace Lab.CowStore.Etcd;

/// <summary>
/// Keeps a store in step with one etcd key: watches the key from the revision after the one the store
/// holds and hands every new value to <c>apply</c> (usually <see cref="SnapshotStore{T}.ReloadAsync(ISnapshotSource{T}, CancellationToken)"/>,
/// see <see cref="ReloadInto"/>), so every process watching the key publishes each write within the watch's latency.
/// </summary>
/// <typeparam name="T">The value type stored as JSON in the key.</typeparam>
/// <remarks>
/// <para>Guarantees: one loop applies revisions in etcd's order, never one older than the last applied, one at
/// a time (so <c>apply</c> never races itself). Events etcd delivers together are coalesced: only the newest is
/// applied (latest wins, like subscriptions). An invalid value or a deleted key is handed to <c>apply</c> as a
/// failing source: the store rejects it, counts it and keeps its last good value; the watcher reports
/// <see cref="EtcdWatchStatus.Rejected"/> until a later revision is accepted. A deleted key is never published
/// as "no value": the last value keeps serving until the key is written again.</para>
/// <para>Faults: when etcd is unreachable or the watch breaks, the store keeps its last good value, the watcher
/// reports <see cref="EtcdWatchStatus.Disconnected"/> with the reason, counts the failure and reconnects with
/// exponential backoff, resuming from the revision after the last one it saw, so it catches up on every write
/// it missed (coalesced into the newest). When that revision was compacted meanwhile, it re-reads the key in
/// full and resumes after the read's revision (<see cref="ResyncCount"/>).</para>
/// <para>Costs: one gRPC watch stream per watcher, one parse and one reload per delivered batch.</para>
/// </remarks>
public sealed class EtcdWatcher<T> : IAsyncDisposable
{
    private readonly EtcdSnapshotSource<T> source;
    private readonly Func<ISnapshotSource<EtcdValue<T>>, CancellationToken, Task<IReadOnlyList<string>>> apply;
    private readonly EtcdWatcherOptions options;
    private readonly EtcdWatchInstruments instruments;
    private readonly CancellationTokenSource stop = new();
    private EtcdWatchHealth health;
    private Task? loop;
    private long failures;
    private int disposed;
    private long resyncs;
    private string? rejection; // why the last revision seen was not applied; written by the loop only
    private bool storeDisposed; // apply found the store disposed; written by the loop only

    /// <summary>Creates a watcher; <see cref="Start"/> starts it.</summary>
    /// <param name="source">The key to watch.</param>
    /// <param name="apply">
    /// Publishes a new value: loads the given source into the store and returns the reload's errors (empty when
    /// the value was published or equal to the current one). Use <see cref="ReloadInto"/> for a
    /// <see cref="SnapshotStore{T}"/> of <see cref="EtcdValue{T}"/>.
    /// </param>
    /// <param name="appliedModRevision">The mod revision of the value the store holds now (from <see cref="EtcdValue{T}.ModRevision"/>
    /// of the initial read or of a restored checkpoint); the watch starts right after it.</param>
    /// <param name="options">Backoff, metrics and health callback; null for defaults.</param>
    public EtcdWatcher(
        EtcdSnapshotSource<T> source,
        Func<ISnapshotSource<EtcdValue<T>>, CancellationToken, Task<IReadOnlyList<string>>> apply,
        long appliedModRevision,
        EtcdWatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentOutOfRangeException.ThrowIfNegative(appliedModRevision);
        this.source = source;
        this.apply = apply;
        this.options = options ?? new EtcdWatcherOptions();
        health = new EtcdWatchHealth(EtcdWatchStatus.Starting, $"{source.Name}: not watching yet", appliedModRevision, appliedModRevision + 1);
        instruments = new EtcdWatchInstruments(this.options.Name, this.options.MeterFactory, () => WatchFailureCount, () => ResyncCount, () => Health);
    }

    /// <summary>The watcher's current state; one volatile read of an immutable record.</summary>
    public EtcdWatchHealth Health => Volatile.Read(ref health);

    /// <summary>Times the watch lost etcd (also metric <c>etcd_watch_failures_total</c>).</summary>
    public long WatchFailureCount => Interlocked.Read(ref failures);

    /// <summary>Full re-reads after a compacted resume revision (also metric <c>etcd_resyncs_total</c>).</summary>
    public long ResyncCount => Interlocked.Read(ref resyncs);

    /// <summary>The <c>apply</c> function that reloads <paramref name="store"/>.</summary>
    /// <param name="store">A store of the key's values.</param>
    /// <returns>A function for the constructor's <c>apply</c>.</returns>
    public static Func<ISnapshotSource<EtcdValue<T>>, CancellationToken, Task<IReadOnlyList<string>>> ReloadInto(SnapshotStore<EtcdValue<T>> store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return async (next, cancellationToken) => (await store.ReloadAsync(next, cancellationToken)).Errors;
    }

    /// <summary>Starts the watch loop (once).</summary>
    /// <exception cref="InvalidOperationException">Already started.</exception>
    public void Start()
    {
        if (Interlocked.CompareExchange(ref loop, Task.CompletedTask, null) is not null)
        {
            throw new InvalidOperationException("The watcher is started already.");
        }

        loop = Task.Run(() => RunAsync(stop.Token));
    }

    /// <summary>Stops the loop and waits for it; the store keeps its last value. Idempotent.</summary>
    /// <returns>A task that completes when the loop has ended.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await stop.CancelAsync();
        if (Volatile.Read(ref loop) is { } running)
        {
            await running;
        }

        instruments.Dispose();
        stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = new RetryBackoff(options.InitialBackoff, options.MaxBackoff, Random.Shared);
        try
        {
            while (true)
            {
                try
                {
                    await WatchUntilBrokenAsync(backoff, cancellationToken);
                }
                catch (ObjectDisposedException) when (storeDisposed)
                {
                    return; // the store was disposed under the watcher: nothing left to keep in step
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // Whatever broke the stream (gRPC status, I/O, a transport error of another type), the
                    // remedy is the same: count it, report it, reconnect from the last seen revision.
                    Interlocked.Increment(ref failures);
                    var current = Health;
                    var error = ex switch
                    {
                        RpcException rpc => EtcdConnection.Describe(rpc),
                        EtcdUnavailableException => ex.Message,
                        _ => $"{ex.GetType().Name}: {ex.Message}",
                    };
                    SetHealth(current with
                    {
                        Status = EtcdWatchStatus.Disconnected,
                        Reason = $"{source.Name}: watch lost ({error}); serving mod revision {current.AppliedModRevision}, resuming from revision {current.NextRevision}",
                    });
                    await Task.Delay(backoff.Next(), cancellationToken);
                }
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Disposed: a cancelled gRPC stream ends with OperationCanceledException or an aborted-request RpcException.
        }
    }

    /// <summary>
    /// One watch stream: returns to be reopened after a resync, throws when the stream breaks. etcd must
    /// acknowledge the watch within the connection's request timeout, or the attempt counts as failed: a
    /// stream opened on a connection that died unnoticed would otherwise wait for the transport's keepalive.
    /// </summary>
    private async Task WatchUntilBrokenAsync(RetryBackoff backoff, CancellationToken cancellationToken)
    {
        using var acknowledged = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        acknowledged.CancelAfter(source.Connection.RequestTimeout);
        try
        {
            await WatchStreamAsync(backoff, acknowledged, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && acknowledged.IsCancellationRequested && ex is OperationCanceledException or RpcException)
        {
            throw new EtcdUnavailableException(source.Connection.Endpoint, $"watch of key {source.Key} not acknowledged within {source.Connection.RequestTimeout.TotalSeconds:0.#} s", ex);
        }
    }

    private async Task WatchStreamAsync(RetryBackoff backoff, CancellationTokenSource acknowledged, CancellationToken cancellationToken)
    {
        using var call = source.Connection.Watch.Watch(cancellationToken: acknowledged.Token);
        await call.RequestStream.WriteAsync(new WatchRequest
        {
            CreateRequest = new WatchCreateRequest { Key = source.KeyBytes, StartRevision = Health.NextRevision },
        }, acknowledged.Token);
        while (await call.ResponseStream.MoveNext(acknowledged.Token))
        {
            var response = call.ResponseStream.Current;
            if (response.CompactRevision != 0)
            {
                // The revision to resume from is gone: read the key whole and watch from after that read.
                Interlocked.Increment(ref resyncs);
                var read = await source.ReadAsync(cancellationToken);
                await ApplyAsync(read, cancellationToken);
                backoff.Reset();
                return;
            }

            if (response.Canceled)
            {
                throw new EtcdUnavailableException(source.Connection.Endpoint, $"watch of key {source.Key} cancelled by etcd: {response.CancelReason}", new InvalidOperationException(response.CancelReason));
            }

            if (response.Created)
            {
                acknowledged.CancelAfter(Timeout.InfiniteTimeSpan);
                backoff.Reset();
                SetHealth(Health with { Status = rejection is null ? EtcdWatchStatus.InSync : EtcdWatchStatus.Rejected, Reason = rejection });
            }

            if (response.Events.Count > 0)
            {
                var newest = response.Events[^1];
                var value = newest.Type == Mvccpb.Event.Types.EventType.Delete ? null : newest.Kv.Value.ToByteArray();
                await ApplyAsync(new EtcdKeyRead(value, newest.Kv.ModRevision, newest.Kv.ModRevision), cancellationToken);
            }
        }

        throw new EtcdUnavailableException(source.Connection.Endpoint, $"watch of key {source.Key} ended by etcd", new EndOfStreamException());
    }

    /// <summary>Hands one revision of the key to the store and records the outcome.</summary>
    private async Task ApplyAsync(EtcdKeyRead read, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> errors;
        try
        {
            errors = await apply(new EtcdRevisionSource<T>(source, read), cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            storeDisposed = true;
            throw;
        }

        rejection = errors.Count == 0 ? null : string.Join("; ", errors);
        var current = Health;
        SetHealth(new EtcdWatchHealth(
            rejection is null ? EtcdWatchStatus.InSync : EtcdWatchStatus.Rejected,
            rejection,
            rejection is null ? read.ModRevision : current.AppliedModRevision,
            Math.Max(current.NextRevision, read.Revision + 1)));
    }

    private void SetHealth(EtcdWatchHealth next)
    {
        var previous = Interlocked.Exchange(ref health, next);
        if (previous.Status != next.Status || previous.Reason != next.Reason)
        {
            options.HealthChanged?.Invoke(next);
        }
    }
}
