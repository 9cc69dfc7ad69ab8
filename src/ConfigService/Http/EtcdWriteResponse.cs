namespace Lab.ConfigService.Http;

/// <summary>The body of a successful <c>PUT /config</c> in etcd mode.</summary>
/// <param name="ModRevision">The key's new mod revision: the revision of this write, the version part of the new ETag.</param>
/// <param name="Served">True when this instance already serves the written value (it waits a few seconds for its watch to deliver it).</param>
internal sealed record EtcdWriteResponse(long ModRevision, bool Served);
