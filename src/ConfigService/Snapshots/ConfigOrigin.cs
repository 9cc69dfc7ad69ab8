namespace Lab.ConfigService.Snapshots;

/// <summary>The origin snapshot a replica's snapshot was copied from.</summary>
/// <param name="Url">The origin's base URL.</param>
/// <param name="Instance">The origin process's instance id; a new id means the origin restarted.</param>
/// <param name="Version">The origin's version of the copied snapshot.</param>
internal sealed record ConfigOrigin(Uri Url, string Instance, long Version);
