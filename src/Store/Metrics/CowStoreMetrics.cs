namespace Lab.CowStore;

/// <summary>
/// Names of the meter and instruments every <see cref="SnapshotStore{T}"/> publishes through
/// <c>System.Diagnostics.Metrics</c>. Every measurement carries the tag <see cref="StoreTag"/>.
/// </summary>
public static class CowStoreMetrics
{
    /// <summary>The meter name to enable in an exporter (OpenTelemetry, dotnet-counters, a MeterListener).</summary>
    public const string MeterName = "Lab.CowStore";

    /// <summary>Tag holding <see cref="SnapshotStoreOptions{T}.Name"/>.</summary>
    public const string StoreTag = "store";

    /// <summary>Observable gauge: the current snapshot's version. Unit <c>{version}</c>.</summary>
    public const string Version = "config_version";

    /// <summary>Observable gauge: seconds since the current snapshot was published. Unit <c>s</c>.</summary>
    public const string AgeSeconds = "config_age_seconds";

    /// <summary>Counter: snapshots published (updates, batches, CAS updates, reloads). Unit <c>{update}</c>.</summary>
    public const string UpdatesTotal = "config_updates_total";

    /// <summary>Counter: reloads that failed (source error or validator rejection). Unit <c>{failure}</c>.</summary>
    public const string ReloadFailuresTotal = "config_reload_failures_total";

    /// <summary>Counter: reloads that loaded a value equal to the current one and published nothing. Unit <c>{reload}</c>.</summary>
    public const string ReloadsUnchangedTotal = "config_reloads_unchanged_total";

    /// <summary>Counter: updates rejected by validators. Unit <c>{rejection}</c>.</summary>
    public const string RejectionsTotal = "config_update_rejections_total";

    /// <summary>Counter: CAS attempts that lost a race and were retried. Unit <c>{retry}</c>.</summary>
    public const string CasRetriesTotal = "config_cas_retries_total";
}
