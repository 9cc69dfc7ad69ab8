using System.Diagnostics.Metrics;
using Lab.ConfigService.Configuration;
using Lab.ConfigService.Hosting;
using Lab.ConfigService.Http;
using Lab.CowStore;

namespace Lab.ConfigService.Snapshots;

/// <summary>
/// Owns the process's <see cref="SnapshotStore{T}"/> of <see cref="ConfigDocument"/> and is the only
/// writer to it: every publish and every rejected reload goes through here and is logged.
/// An origin creates the store from its file at start-up; a replica creates it from the first snapshot
/// it copies, so until then <see cref="Current"/> is null.
/// </summary>
internal sealed partial class ConfigHost : IDisposable
{
    /// <summary>The store's name: the <c>store</c> label of every exported metric.</summary>
    public const string StoreName = "config";

    private readonly IMeterFactory meterFactory;
    private readonly ILogger<ConfigHost> logger;
    private readonly TaskCompletionSource<SnapshotStore<ConfigDocument>> created = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SnapshotStore<ConfigDocument>? store;

    public ConfigHost(ServiceInstance instance, ServiceOptions options, IMeterFactory meterFactory, ILogger<ConfigHost> logger)
    {
        this.meterFactory = meterFactory;
        this.logger = logger;
        Instance = instance.Id;
        TagLineage = options.Etcd is null ? Instance : ConfigEntityTag.EtcdLineage;
    }

    /// <summary>This process's id (<see cref="ServiceInstance"/>), part of every ETag outside etcd mode: versions of different processes never compare equal.</summary>
    public string Instance { get; }

    /// <summary>The instance part of this process's ETags: <see cref="Instance"/>, or "etcd" in etcd mode (see <see cref="ConfigEntityTag"/>).</summary>
    public string TagLineage { get; }

    /// <summary>The ETag of <paramref name="snapshot"/>.</summary>
    public ConfigEntityTag TagOf(Snapshot<ConfigDocument> snapshot) => ConfigEntityTag.For(Instance, snapshot.Version, snapshot.Value.Etcd);

    /// <summary>The current snapshot; null only in a replica that has not copied its first snapshot yet.</summary>
    public Snapshot<ConfigDocument>? Current => Volatile.Read(ref store)?.Current;

    /// <summary>
    /// Creates the store with its first snapshot (version 1, or a restored checkpoint's). Fails with the validators' messages when
    /// <paramref name="initial"/> is invalid; then no store exists and the caller may try again.
    /// </summary>
    public Snapshot<ConfigDocument> Create(ConfigDocument initial, string source, long initialVersion = 1)
    {
        var options = new SnapshotStoreOptions<ConfigDocument> { Name = StoreName, MeterFactory = meterFactory, InitialVersion = initialVersion };
        foreach (var rule in ServiceConfigRules.All)
        {
            options.AddValidator(document => rule(document.Config));
        }

        var next = new SnapshotStore<ConfigDocument>(initial, options);
        if (Interlocked.CompareExchange(ref store, next, null) is not null)
        {
            next.Dispose();
            throw new InvalidOperationException("The store exists already.");
        }

        created.SetResult(next);
        LogPublished(next.Current, source);
        return next.Current;
    }

    /// <summary>
    /// Loads <paramref name="source"/>, validates and publishes it. A value equal to the current one
    /// publishes nothing (no long poll or replica is woken); the store counts it and it is logged as
    /// unchanged. On any error the old snapshot stays current, the store counts a reload failure, and the
    /// rejection is logged with its reason.
    /// </summary>
    public async Task<UpdateResult<ConfigDocument>> ReloadAsync(ISnapshotSource<ConfigDocument> source, CancellationToken cancellationToken)
    {
        var target = Volatile.Read(ref store) ?? throw new InvalidOperationException("Reload before the store exists.");
        var result = await target.ReloadAsync(source, cancellationToken);
        switch (result.Status)
        {
            case UpdateStatus.Published:
                LogPublished(result.Snapshot, source.Name);
                break;
            case UpdateStatus.Unchanged:
                LogUnchanged(logger, source.Name, result.Snapshot.Version, target.UnchangedReloadCount);
                break;
            default:
                LogRejected(logger, source.Name, result.Status, result.Snapshot.Version, target.ReloadFailureCount, result.Error);
                break;
        }

        return result;
    }

    /// <summary>
    /// Completes with the first snapshot whose ETag version (<see cref="TagOf"/>: the store version, or the
    /// etcd mod revision in etcd mode) is above <paramref name="version"/>, or null when
    /// <paramref name="timeout"/> passes first. Throws when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public async Task<Snapshot<ConfigDocument>?> WaitForNewerAsync(long version, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var target = await created.Task.WaitAsync(deadline.Token);
            using var subscription = target.Subscribe();
            while (true)
            {
                // The subscription delivers the current snapshot first, then every newer one (latest wins).
                var snapshot = await subscription.ReadAsync(deadline.Token);
                if (TagOf(snapshot).Version > version)
                {
                    return snapshot;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Subscribes to the store once it exists (latest wins: a slow reader skips versions, never the newest).</summary>
    public async Task<SnapshotSubscription<ConfigDocument>> SubscribeAsync(CancellationToken cancellationToken) =>
        (await created.Task.WaitAsync(cancellationToken)).Subscribe();

    public void Dispose() => Volatile.Read(ref store)?.Dispose();

    private void LogPublished(Snapshot<ConfigDocument> snapshot, string source)
    {
        var config = snapshot.Value.Config;
        var origin = snapshot.Value switch
        {
            { Origin: { } copied } => $"{copied.Instance}.{copied.Version}",
            { Etcd: { } etcd } => $"etcd mod revision {etcd.ModRevision}",
            _ => "none",
        };
        LogPublished(logger, snapshot.Version, source, origin, config.LogLevel, config.Timeout, config.MaxRetries, config.Hosts.Length, config.Features.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published version {Version} from {Source} (copy of {Origin}): logLevel={ConfigLogLevel} timeout={Timeout} maxRetries={MaxRetries} hosts={HostCount} features={FeatureCount}")]
    private static partial void LogPublished(ILogger logger, long version, string source, string origin, LogLevel configLogLevel, TimeSpan timeout, int maxRetries, int hostCount, int featureCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reload from {Source} unchanged; still serving version {Version}; unchanged reloads: {Unchanged}")]
    private static partial void LogUnchanged(ILogger logger, string source, long version, long unchanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reload from {Source} rejected ({Status}); still serving version {Version}; reload failures: {Failures}. {Error}")]
    private static partial void LogRejected(ILogger logger, string source, UpdateStatus status, long version, long failures, string? error);
}
