using System.Diagnostics.Metrics;

namespace Lab.CowStore.Etcd;

/// <summary>The observable instruments of one watcher: they read its counts when an exporter collects, so every series exists from the start.</summary>
internal sealed class EtcdWatchInstruments : IDisposable
{
    private readonly Meter meter;
    private readonly bool ownsMeter;

    public EtcdWatchInstruments(string name, IMeterFactory? factory, Func<long> failures, Func<long> resyncs, Func<EtcdWatchHealth> health)
    {
        ownsMeter = factory is null;
        meter = factory?.Create(EtcdMetrics.MeterName) ?? new Meter(EtcdMetrics.MeterName);
        KeyValuePair<string, object?>[] tags = [new(CowStoreMetrics.StoreTag, name)];
        meter.CreateObservableCounter(EtcdMetrics.WatchFailuresTotal, () => new Measurement<long>(failures(), tags), "{failure}", "Times the etcd watch lost etcd", tags);
        meter.CreateObservableCounter(EtcdMetrics.ResyncsTotal, () => new Measurement<long>(resyncs(), tags), "{resync}", "Full re-reads after a compacted resume revision", tags);
        meter.CreateObservableGauge(EtcdMetrics.Connected, () => new Measurement<int>(health().Status is EtcdWatchStatus.InSync or EtcdWatchStatus.Rejected ? 1 : 0, tags), "{connection}", "1 while the etcd watch is acknowledged", tags);
        meter.CreateObservableGauge(EtcdMetrics.AppliedModRevision, () => new Measurement<long>(health().AppliedModRevision, tags), "{revision}", "Mod revision of the last accepted value", tags);
    }

    public void Dispose()
    {
        if (ownsMeter)
        {
            meter.Dispose();
        }
    }
}
