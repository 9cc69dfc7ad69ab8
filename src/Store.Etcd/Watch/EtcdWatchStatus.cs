namespace Lab.CowStore.Etcd;

/// <summary>Where an <see cref="EtcdWatcher{T}"/> stands with respect to etcd.</summary>
public enum EtcdWatchStatus
{
    /// <summary>Not connected yet: the first watch has not been acknowledged.</summary>
    Starting,

    /// <summary>Watching, and the key's latest revision seen was applied: the store serves what etcd holds.</summary>
    InSync,

    /// <summary>
    /// Watching, but the latest revision seen was not applied (an invalid value, or the key was deleted):
    /// the store serves its last good value, older than etcd's.
    /// </summary>
    Rejected,

    /// <summary>etcd is unreachable or the watch broke: the store serves its last good value; the watcher retries.</summary>
    Disconnected,
}
