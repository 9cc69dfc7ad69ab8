using Lab.ConfigService.Configuration;
using Lab.ConfigService.Http;
using Lab.ConfigService.Snapshots;
using Lab.CowStore;

namespace Lab.ConfigService.Replica;

/// <summary>
/// A replica's source: one <c>/config</c> body read from the origin, parsed with the store's strict JSON
/// rules, so a malformed or invalid answer is a reload failure like a bad file.
/// </summary>
/// <param name="origin">The origin's base URL.</param>
/// <param name="tag">The answer's ETag; the body must describe the same snapshot.</param>
/// <param name="body">The answer's body.</param>
internal sealed class OriginResponseSource(Uri origin, ConfigEntityTag tag, byte[] body) : ISnapshotSource<ConfigDocument>
{
    public string Name { get; } = new Uri(origin, "config").ToString();

    public ValueTask<ConfigDocument> LoadAsync(CancellationToken cancellationToken)
    {
        var response = StrictJson.Deserialize<ConfigResponse>(body, ServiceConfigJson.Options, Name);
        if (response.Tag != tag)
        {
            throw new SnapshotSourceException($"{Name}: the body describes {response.Tag} but the ETag is {tag}.");
        }

        // The origin is recorded by its tag: for an etcd-mode origin, lineage "etcd" and the mod revision.
        return ValueTask.FromResult(new ConfigDocument(response.Config, new ConfigOrigin(origin, tag.Instance, tag.Version), Etcd: null));
    }
}
