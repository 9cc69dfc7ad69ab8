namespace Lab.ConfigService.Snapshots;

/// <summary>The etcd write a snapshot holds: the same in every process watching the key.</summary>
/// <param name="Key">The etcd key.</param>
/// <param name="ModRevision">The key's mod revision for this value.</param>
internal sealed record EtcdPosition(string Key, long ModRevision);
