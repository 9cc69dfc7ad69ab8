namespace Lab.CowStore.Etcd;

/// <summary>
/// Names of the meter and instruments of every <see cref="EtcdWatcher{T}"/>; every measurement carries the
/// tag <c>store</c> = <see cref="EtcdWatcherOptions.Name"/>. Values rejected by the store's validators or
/// parser are counted by the store itself (<c>config_reload_failures_total</c>).
/// </summary>
public static class EtcdMetrics
{
    /// <summary>The meter name to enable in an exporter.</summary>
    public const string MeterName = "Lab.CowStore.Etcd";

    /// <summary>Counter: times the watch lost etcd (unreachable, stream broken, watch cancelled). Unit <c>{failure}</c>.</summary>
    public const string WatchFailuresTotal = "etcd_watch_failures_total";

    /// <summary>Counter: full re-reads of the key because the revision to resume from was compacted. Unit <c>{resync}</c>.</summary>
    public const string ResyncsTotal = "etcd_resyncs_total";

    /// <summary>Gauge: 1 while the watch is acknowledged by etcd, else 0. Unit <c>{connection}</c>.</summary>
    public const string Connected = "etcd_watch_connected";

    /// <summary>Gauge: mod revision of the last value the store accepted. Unit <c>{revision}</c>.</summary>
    public const string AppliedModRevision = "etcd_applied_mod_revision";
}
