using System.Diagnostics.Metrics;

namespace Lab.CowStore;

/// <summary>
/// The instruments of one store. Every instrument is observable: the store keeps its counts in
/// plain fields (one interlocked add per event, listener or not) and an exporter reads them when it
/// collects. So every series exists from the start, at 0, rather than after its first event, and
/// every measurement carries the <see cref="CowStoreMetrics.StoreTag"/> tag as well as the instrument.
/// </summary>
internal sealed class StoreInstruments : IDisposable
{
    private readonly Meter meter;
    private readonly bool ownsMeter;
    private readonly KeyValuePair<string, object?>[] tags;
    private long updates;
    private long reloadFailures;
    private long unchangedReloads;
    private long rejections;
    private long casRetries;

    public StoreInstruments(string storeName, IMeterFactory? factory, Func<long> version, Func<double> ageSeconds)
    {
        ownsMeter = factory is null;
        meter = factory?.Create(CowStoreMetrics.MeterName) ?? new Meter(CowStoreMetrics.MeterName);
        tags = [new(CowStoreMetrics.StoreTag, storeName)];
        meter.CreateObservableGauge(CowStoreMetrics.Version, () => Measure(version()), "{version}", "Version of the current snapshot", tags);
        meter.CreateObservableGauge(CowStoreMetrics.AgeSeconds, () => Measure(ageSeconds()), "s", "Seconds since the current snapshot was published", tags);
        meter.CreateObservableCounter(CowStoreMetrics.UpdatesTotal, () => Measure(Volatile.Read(ref updates)), "{update}", "Snapshots published", tags);
        meter.CreateObservableCounter(CowStoreMetrics.ReloadFailuresTotal, () => Measure(Volatile.Read(ref reloadFailures)), "{failure}", "Reloads that failed and kept the old snapshot", tags);
        meter.CreateObservableCounter(CowStoreMetrics.ReloadsUnchangedTotal, () => Measure(Volatile.Read(ref unchangedReloads)), "{reload}", "Reloads that loaded an unchanged value and published nothing", tags);
        meter.CreateObservableCounter(CowStoreMetrics.RejectionsTotal, () => Measure(Volatile.Read(ref rejections)), "{rejection}", "Updates rejected by validators", tags);
        meter.CreateObservableCounter(CowStoreMetrics.CasRetriesTotal, () => Measure(Volatile.Read(ref casRetries)), "{retry}", "CAS attempts that lost a race and were retried", tags);
    }

    public void Published() => Interlocked.Increment(ref updates);

    public void ReloadFailed() => Interlocked.Increment(ref reloadFailures);

    public void ReloadUnchanged() => Interlocked.Increment(ref unchangedReloads);

    public void Rejected() => Interlocked.Increment(ref rejections);

    public void CasRetried() => Interlocked.Increment(ref casRetries);

    public void Dispose()
    {
        if (ownsMeter)
        {
            meter.Dispose();
        }
    }

    private Measurement<T> Measure<T>(T value)
        where T : struct
        => new(value, tags);
}
