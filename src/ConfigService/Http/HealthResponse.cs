namespace Lab.ConfigService.Http;

/// <summary>The body of <c>GET /health</c>.</summary>
/// <param name="Status">"serving"; "degraded" in etcd mode while the snapshot may be older than etcd's (see <paramref name="Reason"/>); "waiting" (a replica before its first copy).</param>
/// <param name="Instance">Id of this process.</param>
/// <param name="Version">The serving version; null while waiting.</param>
/// <param name="AgeSeconds">Seconds since that version was published; null while waiting.</param>
/// <param name="Reason">Why the status is "degraded" (etcd unreachable, a rejected value, a deleted key); null otherwise.</param>
internal sealed record HealthResponse(string Status, string Instance, long? Version, double? AgeSeconds, string? Reason);
