namespace Lab.CowStore.Etcd;

/// <summary>
/// What etcd holds for one key at one revision, unparsed: its bytes (null when the key does not exist or
/// was deleted), its mod revision, and the store revision the answer was taken at.
/// </summary>
/// <param name="Value">The raw value; null for a missing or deleted key.</param>
/// <param name="ModRevision">The key's mod revision (for a delete, the delete's revision; 0 for a key that never existed).</param>
/// <param name="Revision">The etcd store revision of the answer; a watch resumes after it.</param>
internal sealed record EtcdKeyRead(byte[]? Value, long ModRevision, long Revision);
