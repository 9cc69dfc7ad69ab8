using Lab.ConfigService.Configuration;

namespace Lab.ConfigService.Snapshots;

/// <summary>
/// The value the service's store holds: the configuration and where it came from (in a replica, which
/// origin snapshot it was copied from; in etcd mode, which etcd write). Keeping them in one immutable
/// value means a reader never sees a configuration paired with another snapshot's origin or revision.
/// </summary>
/// <param name="Config">The configuration.</param>
/// <param name="Origin">Where a replica copied it from; null in an origin or etcd process.</param>
/// <param name="Etcd">The etcd key and mod revision it was read at; null outside etcd mode.</param>
internal sealed record ConfigDocument(ServiceConfig Config, ConfigOrigin? Origin, EtcdPosition? Etcd);
