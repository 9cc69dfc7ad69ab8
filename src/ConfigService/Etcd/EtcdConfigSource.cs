using Lab.ConfigService.Configuration;
using Lab.ConfigService.Snapshots;
using Lab.CowStore;
using Lab.CowStore.Etcd;

namespace Lab.ConfigService.Etcd;

/// <summary>One revision of the etcd key as the service's document: the configuration and its etcd position.</summary>
/// <param name="revision">The watcher's source for that revision (parses on load).</param>
/// <param name="key">The etcd key.</param>
internal sealed class EtcdConfigSource(ISnapshotSource<EtcdValue<ServiceConfig>> revision, string key) : ISnapshotSource<ConfigDocument>
{
    public string Name => revision.Name;

    public async ValueTask<ConfigDocument> LoadAsync(CancellationToken cancellationToken) =>
        ToDocument(await revision.LoadAsync(cancellationToken), key);

    public static ConfigDocument ToDocument(EtcdValue<ServiceConfig> value, string key) =>
        new(value.Value, Origin: null, new EtcdPosition(key, value.ModRevision));
}
