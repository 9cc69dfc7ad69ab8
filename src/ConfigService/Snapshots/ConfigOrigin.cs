namespace Lab.ConfigService.Snapshots;

/// <summary>The origin snapshot a replica's snapshot was copied from.</summary>
/// <param name="Url">The origin's base URL.</param>
/// <param name="Instance">The instance part of the origin's ETag: the origin process's id (a new id means the origin restarted), or "etcd" for an etcd-mode origin.</param>
/// <param name="Version">The version part of that ETag: the origin's version of the copied snapshot, or its etcd mod revision.</param>
internal sealed record ConfigOrigin(Uri Url, string Instance, long Version);
