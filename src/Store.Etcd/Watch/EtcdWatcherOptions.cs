using System.Diagnostics.Metrics;

namespace Lab.CowStore.Etcd;

/// <summary>Settings of an <see cref="EtcdWatcher{T}"/>.</summary>
public sealed class EtcdWatcherOptions
{
    /// <summary>The <c>store</c> tag of the watcher's metrics (use the store's name). Default: "default".</summary>
    public string Name { get; set; } = "default";

    /// <summary>First reconnect delay after etcd is lost. Default: 100 ms.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Cap of the reconnect delay (exponential with jitter, see <see cref="RetryBackoff"/>). Default: 2 s.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Creates the watcher's meter (for dependency injection); null: the watcher owns one named <see cref="EtcdMetrics.MeterName"/>.</summary>
    public IMeterFactory? MeterFactory { get; set; }

    /// <summary>
    /// Called on the watch loop whenever <see cref="EtcdWatcher{T}.Health"/> changes status or reason (for
    /// logs). Must be fast and must not throw.
    /// </summary>
    public Action<EtcdWatchHealth>? HealthChanged { get; set; }
}
