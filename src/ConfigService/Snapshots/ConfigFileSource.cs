using Lab.ConfigService.Configuration;
using Lab.CowStore;

namespace Lab.ConfigService.Snapshots;

/// <summary>An origin's source: the store's strict <see cref="JsonFileSource{T}"/> of <see cref="ServiceConfig"/>.</summary>
internal sealed class ConfigFileSource(string path) : ISnapshotSource<ConfigDocument>
{
    private readonly JsonFileSource<ServiceConfig> file = new(path, ServiceConfigJson.Options);

    public string Name => file.Name;

    public async ValueTask<ConfigDocument> LoadAsync(CancellationToken cancellationToken) =>
        new(await file.LoadAsync(cancellationToken), Origin: null, Etcd: null);
}
