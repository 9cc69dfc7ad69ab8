using System.Diagnostics.Metrics;
using Lab.ConfigService.Configuration;
using Lab.ConfigService.Hosting;
using Lab.ConfigService.Snapshots;
using Lab.CowStore;
using Lab.CowStore.Etcd;

namespace Lab.ConfigService.Etcd;

/// <summary>
/// Etcd mode: serves one etcd key. At start the key is read; when that fails (etcd unreachable, key missing
/// or invalid) the process starts from its checkpoint, if it has one, or does not start. Then an
/// <see cref="EtcdWatcher{T}"/> keeps the store in step with the key through <see cref="ConfigHost"/> (so
/// every publish and rejection is logged and counted as for a file), and its state is what
/// <c>/health</c> reports. The watcher is the store's only writer.
/// </summary>
internal sealed partial class EtcdFollower : IHostedService, IAsyncDisposable
{
    private readonly ConfigHost host;
    private readonly IMeterFactory meterFactory;
    private readonly ILogger<EtcdFollower> logger;
    private readonly EtcdConnection connection;
    private readonly CheckpointFile<ConfigDocument>? checkpoint;
    private EtcdWatcher<ServiceConfig>? watcher;
    private string? startReason;
    private bool everInSync;

    public EtcdFollower(ServiceOptions options, ConfigHost host, IMeterFactory meterFactory, ILogger<EtcdFollower> logger)
    {
        this.host = host;
        this.meterFactory = meterFactory;
        this.logger = logger;
        connection = new EtcdConnection(options.Etcd!);
        Source = new EtcdSnapshotSource<ServiceConfig>(connection, options.EtcdKey!, ServiceConfigJson.Options);
        checkpoint = options.CheckpointPath is { } path ? new CheckpointFile<ConfigDocument>(path, ServiceConfigJson.Options) : null;
    }

    /// <summary>The key, for reads and compare-and-set writes.</summary>
    public EtcdSnapshotSource<ServiceConfig> Source { get; }

    /// <summary>The checkpoint every publish is saved to; null without <c>--checkpoint</c>.</summary>
    public CheckpointFile<ConfigDocument>? Checkpoint => checkpoint;

    /// <summary>
    /// Why the served snapshot may be older than etcd's, or null when the watch says it is etcd's latest:
    /// the watcher's reason, or before its first acknowledged watch, why the process started from its checkpoint.
    /// </summary>
    public string? DegradedReason => watcher?.Health switch
    {
        null or { Status: EtcdWatchStatus.Starting } => startReason,
        { Status: EtcdWatchStatus.InSync } => null,
        { } health when startReason is not null && !Volatile.Read(ref everInSync) => $"{startReason}; {health.Reason}",
        { } health => health.Reason,
    };

    /// <summary>Creates the store from etcd, or from the checkpoint when etcd cannot give a usable value; false when neither can.</summary>
    public async Task<bool> TryLoadInitialAsync()
    {
        string error;
        try
        {
            var value = await Source.LoadAsync(CancellationToken.None);
            host.Create(EtcdConfigSource.ToDocument(value, Source.Key), Source.Name);
            return true;
        }
        catch (Exception ex) when (ex is EtcdUnavailableException or SnapshotSourceException or SnapshotValidationException)
        {
            error = ex.Message;
        }

        if (checkpoint is null)
        {
            LogCannotStart(logger, Source.Name, error, "no --checkpoint was given");
            return false;
        }

        try
        {
            var restored = checkpoint.Restore();
            var unusable = restored switch
            {
                null => $"checkpoint {checkpoint.Path} does not exist yet",
                { Value.Etcd.Key: var key } when key == Source.Key => null,
                _ => $"checkpoint {checkpoint.Path} holds {restored.Value.Etcd?.Key ?? "no etcd key"}, not {Source.Key}",
            };
            if (unusable is not null || restored is null)
            {
                LogCannotStart(logger, Source.Name, error, unusable ?? string.Empty);
                return false;
            }

            host.Create(restored.Value, $"checkpoint {restored.Path}", restored.Version);
            var modRevision = restored.Value.Etcd!.ModRevision;
            startReason = $"started from checkpoint {restored.Path} (etcd mod revision {modRevision}) because {error}";
            LogStartedFromCheckpoint(logger, restored.Path, restored.Version, modRevision, error);
            return true;
        }
        catch (Exception ex) when (ex is CheckpointCorruptException or SnapshotValidationException or IOException)
        {
            LogCannotStart(logger, Source.Name, error, ex.Message);
            return false;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = host.Current!.Value.Etcd!.ModRevision;
        watcher = new EtcdWatcher<ServiceConfig>(Source, ApplyAsync, applied, new EtcdWatcherOptions
        {
            Name = ConfigHost.StoreName,
            MeterFactory = meterFactory,
            HealthChanged = OnHealthChanged,
        });
        watcher.Start();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (watcher is { } running)
        {
            await running.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        connection.Dispose();
    }

    private async Task<IReadOnlyList<string>> ApplyAsync(ISnapshotSource<EtcdValue<ServiceConfig>> revision, CancellationToken cancellationToken) =>
        (await host.ReloadAsync(new EtcdConfigSource(revision, Source.Key), cancellationToken)).Errors;

    private void OnHealthChanged(EtcdWatchHealth health)
    {
        if (health.IsInSync)
        {
            Volatile.Write(ref everInSync, true);
            LogInSync(logger, Source.Name, health.AppliedModRevision);
        }
        else if (health.Status != EtcdWatchStatus.Starting)
        {
            LogDegraded(logger, health.Status, host.Current?.Version, health.Reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot start: {Source} is unusable and there is nothing to start from ({Why}). {Error}")]
    private static partial void LogCannotStart(ILogger logger, string source, string error, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Started from checkpoint {Path} (version {Version}, etcd mod revision {ModRevision}); will catch up when etcd answers. {Error}")]
    private static partial void LogStartedFromCheckpoint(ILogger logger, string path, long version, long modRevision, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Source}: in sync at etcd mod revision {ModRevision}")]
    private static partial void LogInSync(ILogger logger, string source, long modRevision);

    [LoggerMessage(Level = LogLevel.Warning, Message = "etcd watch {Status}; still serving version {Version}. {Reason}")]
    private static partial void LogDegraded(ILogger logger, EtcdWatchStatus status, long? version, string? reason);
}
