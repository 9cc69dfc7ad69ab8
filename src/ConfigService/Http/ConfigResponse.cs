using Lab.ConfigService.Configuration;
using Lab.ConfigService.Snapshots;

namespace Lab.ConfigService.Http;

/// <summary>The body of <c>GET /config</c>; a replica reads it back with the same strict rules.</summary>
/// <param name="Instance">Id of the serving process (a new id after every restart).</param>
/// <param name="Version">The serving process's version of the snapshot (also in the ETag).</param>
/// <param name="PublishedAt">When the serving process published it.</param>
/// <param name="Origin">For a replica, the origin snapshot it copied; null from an origin.</param>
/// <param name="Etcd">In etcd mode, the key and mod revision of the value; null otherwise.</param>
/// <param name="Config">The configuration.</param>
internal sealed record ConfigResponse(string Instance, long Version, DateTimeOffset PublishedAt, ConfigOrigin? Origin, EtcdPosition? Etcd, ServiceConfig Config)
{
    /// <summary>The ETag this body is served with.</summary>
    public ConfigEntityTag Tag => ConfigEntityTag.For(Instance, Version, Etcd);
}
