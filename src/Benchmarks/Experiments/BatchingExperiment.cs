using System.Collections.Immutable;
using Lab.Benchmarks.Store;
using Lab.Benchmarks.Workloads;
using Lab.CowStore;
using Lab.Maps;
using Lab.Results;

namespace Lab.Benchmarks.Experiments;

/// <summary>
/// Claim 3 (curriculum task 17): "one allocation per batch regardless of batch size. With 100 updates
/// per batch, GC pressure reduced ~100x". Bytes and GC collections per logical update, one writer,
/// for the map (<c>ApplyBatch</c> on <c>cow</c> and <c>batched</c>) and the store (<c>BatchUpdate</c>
/// of record changes, and one builder-based update) at each batch size; batch size 1 is the
/// one-update-at-a-time baseline.
/// </summary>
internal sealed class BatchingExperiment(BatchingExperiment.Parameters parameters) : IExperiment
{
    public const string Id = ExperimentNames.Batching;
    public const string MapCow = "map-cow";
    public const string MapBatched = "map-batched";
    public const string StoreBatchUpdate = "store-batchupdate";
    public const string StoreBuilder = "store-builder";

    /// <summary>The experiment's cells and repetitions, as data.</summary>
    public sealed record Parameters(IReadOnlyList<string> Variants, IReadOnlyList<int> BatchSizes, int MapSize, int Reps, TimeSpan Warmup, TimeSpan Phase);

    public string Name => Id;

    public int Cells => parameters.Variants.Count * parameters.BatchSizes.Count;

    public TimeSpan Estimate => Cells * (parameters.Warmup + (parameters.Reps * parameters.Phase));

    public void Run(ExperimentLog log)
    {
        foreach (var variant in parameters.Variants)
        {
            foreach (var batch in parameters.BatchSizes)
            {
                var size = variant.StartsWith("map-", StringComparison.Ordinal) ? parameters.MapSize : StoreBenchConfig.FeatureCount;
                var cell = new ExperimentCell(Id, variant, size, 1, "batch", batch);
                log.Progress(cell.ToString());
                using var operation = BatchOperation.Create(variant, batch, parameters.MapSize);
                _ = TimedWorkers.Run(1, parameters.Warmup, operation.Apply);
                for (var rep = 1; rep <= parameters.Reps; rep++)
                {
                    var outcome = TimedWorkers.Run(1, parameters.Phase, operation.Apply);
                    double updates = Math.Max(1, outcome.Operations * batch);
                    cell.Record(log, rep, ExperimentMetrics.BytesPerUpdate, outcome.Gc.AllocatedBytes / updates);
                    cell.Record(log, rep, ExperimentMetrics.Gen0PerUpdate, outcome.Gc.Gen0 / updates);
                    cell.Record(log, rep, ExperimentMetrics.Gen1PerUpdate, outcome.Gc.Gen1 / updates);
                    cell.Record(log, rep, ExperimentMetrics.Gen2PerUpdate, outcome.Gc.Gen2 / updates);
                    cell.Record(log, rep, ExperimentMetrics.NsPerUpdate, outcome.Elapsed.TotalNanoseconds / updates);
                }
            }
        }
    }

    /// <summary>One batch of one variant: <see cref="Apply"/> publishes <c>batch</c> logical updates once.</summary>
    private sealed class BatchOperation : IDisposable
    {
        private readonly Action<int, long> apply;
        private readonly IDisposable? owned;

        private BatchOperation(Action<int, long> apply, IDisposable? owned)
        {
            this.apply = apply;
            this.owned = owned;
        }

        public void Apply(int worker, long i) => apply(worker, i);

        public void Dispose() => owned?.Dispose();

        public static BatchOperation Create(string variant, int batch, int mapSize) => variant switch
        {
            MapCow => ForMap("cow", batch, mapSize),
            MapBatched => ForMap("batched", batch, mapSize),
            StoreBatchUpdate => ForStore(batch, builder: false),
            StoreBuilder => ForStore(batch, builder: true),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Unknown batching variant."),
        };

        private static BatchOperation ForMap(string id, int batch, int size)
        {
            var keys = KeySets.Integers(size);
            var stream = KeyStreams.Draw(keys, StreamBuilder.Seed);
            var map = MapCatalog.Get(id).Create<int, int>(comparer: null, KeySets.Prefill(keys));
            var writes = new MapWrite<int, int>[batch];
            long next = 0;

            // Fresh keys and values per batch (a write that changes nothing may publish nothing).
            void Apply(int worker, long i)
            {
                for (var k = 0; k < writes.Length; k++, next++)
                {
                    writes[k] = MapWrite<int, int>.Set(stream[next & KeyStreams.Mask], -(int)(next % int.MaxValue) - 1);
                }

                map.ApplyBatch(writes);
            }

            return new BatchOperation(Apply, map as IDisposable);
        }

        private static BatchOperation ForStore(int batch, bool builder)
        {
            var store = new SnapshotStore<StoreBenchConfig>(StoreBenchConfig.Create(), new SnapshotStoreOptions<StoreBenchConfig> { Name = "experiment-batching" });
            var changes = Enumerable.Range(0, batch).Select(k => (Func<StoreBenchConfig, StoreBenchConfig>)(c => c.Bump(k))).ToArray();
            StoreBenchConfig Rebuild(StoreBenchConfig c)
            {
                ImmutableDictionary<int, int>.Builder features = c.Features.ToBuilder();
                for (var k = 0; k < batch; k++)
                {
                    features[k % StoreBenchConfig.FeatureCount] = (int)c.Counter;
                }

                return new StoreBenchConfig(c.Counter + batch, features.ToImmutable());
            }

            Action<int, long> apply = builder
                ? (_, _) => store.Update(Rebuild)
                : (_, _) => store.BatchUpdate(changes);
            return new BatchOperation(apply, store);
        }
    }
}
