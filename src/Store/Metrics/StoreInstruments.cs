using System.Diagnostics.Metrics;

namespace Lab.CowStore;

/// <summary>The instruments of one store. Counters cost one interlocked add only when a listener is enabled.</summary>
internal sealed class StoreInstruments : IDisposable
{
    private readonly Meter meter;
    private readonly bool ownsMeter;
    private readonly Counter<long> updates;
    private readonly Counter<long> reloadFailures;
    private readonly Counter<long> rejections;
    private readonly Counter<long> casRetries;

    public StoreInstruments(string storeName, IMeterFactory? factory, Func<long> version, Func<double> ageSeconds)
    {
        ownsMeter = factory is null;
        meter = factory?.Create(CowStoreMetrics.MeterName) ?? new Meter(CowStoreMetrics.MeterName);
        KeyValuePair<string, object?>[] tags = [new(CowStoreMetrics.StoreTag, storeName)];
        meter.CreateObservableGauge(CowStoreMetrics.Version, version, "{version}", "Version of the current snapshot", tags);
        meter.CreateObservableGauge(CowStoreMetrics.AgeSeconds, ageSeconds, "s", "Seconds since the current snapshot was published", tags);
        updates = meter.CreateCounter<long>(CowStoreMetrics.UpdatesTotal, "{update}", "Snapshots published", tags);
        reloadFailures = meter.CreateCounter<long>(CowStoreMetrics.ReloadFailuresTotal, "{failure}", "Reloads that failed and kept the old snapshot", tags);
        rejections = meter.CreateCounter<long>(CowStoreMetrics.RejectionsTotal, "{rejection}", "Updates rejected by validators", tags);
        casRetries = meter.CreateCounter<long>(CowStoreMetrics.CasRetriesTotal, "{retry}", "CAS attempts that lost a race and were retried", tags);
    }

    public void Published() => updates.Add(1);

    public void ReloadFailed() => reloadFailures.Add(1);

    public void Rejected() => rejections.Add(1);

    public void CasRetried() => casRetries.Add(1);

    public void Dispose()
    {
        if (ownsMeter)
        {
            meter.Dispose();
        }
    }
}
