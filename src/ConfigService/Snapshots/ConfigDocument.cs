using Lab.ConfigService.Configuration;

namespace Lab.ConfigService.Snapshots;

/// <summary>
/// The value the service's store holds: the configuration and, in a replica, which origin snapshot it
/// was copied from. Keeping both in one immutable value means a reader never sees a configuration
/// paired with another snapshot's origin.
/// </summary>
/// <param name="Config">The configuration.</param>
/// <param name="Origin">Where a replica copied it from; null in an origin process.</param>
internal sealed record ConfigDocument(ServiceConfig Config, ConfigOrigin? Origin);
