using System.Diagnostics.Metrics;

namespace Lab.CowStore.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task The_meter_reports_version_age_updates_and_reload_failures_with_units()
    {
        var clock = new ManualClock();
        var options = ServiceConfig.Options(clock);
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, options);
        using var recorder = new MetricRecorder(store.Name);

        store.Update(c => c with { LogLevel = "warn" });
        store.BatchUpdate([c => c with { MaxRetries = 1 }, c => c with { MaxRetries = 2 }]);
        Assert.Throws<SnapshotValidationException>(() => store.Update(c => c with { MaxRetries = -1 }));
        await store.ReloadAsync(new JsonFileSource<ServiceConfig>("/nonexistent/config.json"));
        await store.ReloadAsync(new ConstantSource(store.Current.Value with { }));
        clock.Advance(TimeSpan.FromSeconds(12.5));
        recorder.Observe();

        Assert.Equal(2, recorder.Last(CowStoreMetrics.UpdatesTotal));
        Assert.Equal(1, recorder.Last(CowStoreMetrics.ReloadFailuresTotal));
        Assert.Equal(1, recorder.Last(CowStoreMetrics.ReloadsUnchangedTotal));
        Assert.Equal(1, recorder.Last(CowStoreMetrics.RejectionsTotal));
        Assert.Equal(3, recorder.Last(CowStoreMetrics.Version));
        Assert.Equal(12.5, recorder.Last(CowStoreMetrics.AgeSeconds));
        Assert.Equal("s", recorder.Units[CowStoreMetrics.AgeSeconds]);
        Assert.Equal("{version}", recorder.Units[CowStoreMetrics.Version]);
        Assert.Equal("{update}", recorder.Units[CowStoreMetrics.UpdatesTotal]);
        Assert.Equal("{failure}", recorder.Units[CowStoreMetrics.ReloadFailuresTotal]);
        Assert.Equal("{reload}", recorder.Units[CowStoreMetrics.ReloadsUnchangedTotal]);
    }

    [Fact]
    public void Counters_exist_at_zero_before_their_first_event()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        using var recorder = new MetricRecorder(store.Name);
        recorder.Observe();

        Assert.Equal(0, recorder.Last(CowStoreMetrics.UpdatesTotal));
        Assert.Equal(0, recorder.Last(CowStoreMetrics.ReloadFailuresTotal));
        Assert.Equal(0, recorder.Last(CowStoreMetrics.ReloadsUnchangedTotal));
        Assert.Equal(0, recorder.Last(CowStoreMetrics.RejectionsTotal));
        Assert.Equal(0, recorder.Last(CowStoreMetrics.CasRetriesTotal));
    }

    [Fact]
    public void CAS_retries_are_counted()
    {
        using var store = new SnapshotStore<ServiceConfig>(ServiceConfig.Default, ServiceConfig.Options());
        using var recorder = new MetricRecorder(store.Name);
        var calls = 0;

        store.UpdateCas(c =>
        {
            if (calls++ == 0)
            {
                store.Update(x => x with { LogLevel = "warn" });
            }

            return c with { MaxRetries = 9 };
        });

        recorder.Observe();
        Assert.Equal(1, recorder.Last(CowStoreMetrics.CasRetriesTotal));
    }

    /// <summary>A source that loads a fixed value.</summary>
    private sealed class ConstantSource(ServiceConfig value) : ISnapshotSource<ServiceConfig>
    {
        public string Name => "constant";

        public ValueTask<ServiceConfig> LoadAsync(CancellationToken cancellationToken) => ValueTask.FromResult(value);
    }

    /// <summary>Listens to the Lab.CowStore meter, keeping only measurements tagged with one store's name.</summary>
    private sealed class MetricRecorder : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly List<(string Name, double Value)> measurements = [];
        private readonly string storeName;

        public MetricRecorder(string storeName)
        {
            this.storeName = storeName;
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CowStoreMetrics.MeterName && instrument.Tags?.Any(t => t.Key == CowStoreMetrics.StoreTag && Equals(t.Value, storeName)) == true)
                {
                    Units[instrument.Name] = instrument.Unit;
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument.Name, value));
            listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument.Name, value));
            listener.Start();
        }

        public Dictionary<string, string?> Units { get; } = [];

        public void Observe() => listener.RecordObservableInstruments();

        public double Last(string name)
        {
            lock (measurements)
            {
                return measurements.Last(m => m.Name == name).Value;
            }
        }

        public void Dispose() => listener.Dispose();

        private void Record(string name, double value)
        {
            lock (measurements)
            {
                measurements.Add((name, value));
            }
        }
    }
}
