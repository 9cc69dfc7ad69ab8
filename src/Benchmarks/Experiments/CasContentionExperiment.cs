using Lab.Benchmarks.Store;
using Lab.Benchmarks.Workloads;
using Lab.CowStore;
using Lab.Maps;
using Lab.Results;

namespace Lab.Benchmarks.Experiments;

/// <summary>
/// Claim 5 (curriculum task 23): a CAS writer "under low contention matches mutex performance;
/// under high contention it suffers retries". Write throughput, CAS retries per successful write and
/// bytes allocated per successful write of the lock-free <c>cas</c> map against the locked <c>cow</c>
/// map, and of the store's <c>UpdateCas</c> against its locked <c>Update</c>, for each writer count
/// (writers only, updates of existing keys).
/// </summary>
internal sealed class CasContentionExperiment(CasContentionExperiment.Parameters parameters) : IExperiment
{
    public const string Id = ExperimentNames.CasContention;
    public const string StoreCas = "store-cas";
    public const string StoreLocked = "store-locked";

    /// <summary>The experiment's cells and repetitions, as data.</summary>
    public sealed record Parameters(IReadOnlyList<string> Variants, IReadOnlyList<int> MapSizes, IReadOnlyList<int> Writers, int Reps, TimeSpan Warmup, TimeSpan Phase);

    public string Name => Id;

    public int Cells => parameters.Variants.Sum(variant => IsStore(variant) ? 1 : parameters.MapSizes.Count) * parameters.Writers.Count;

    public TimeSpan Estimate => Cells * (parameters.Warmup + (parameters.Reps * parameters.Phase));

    public void Run(ExperimentLog log)
    {
        foreach (var variant in parameters.Variants)
        {
            foreach (var size in IsStore(variant) ? [StoreBenchConfig.FeatureCount] : parameters.MapSizes)
            {
                foreach (var writers in parameters.Writers)
                {
                    var cell = new ExperimentCell(Id, variant, size, writers, "writers", writers);
                    log.Progress(cell.ToString());
                    if (IsStore(variant))
                    {
                        MeasureStore(variant == StoreCas, writers, cell, log);
                    }
                    else
                    {
                        MeasureMap(variant, size, writers, cell, log);
                    }
                }
            }
        }
    }

    private static bool IsStore(string variant) => variant is StoreCas or StoreLocked;

    private void MeasureMap(string id, int size, int writers, ExperimentCell cell, ExperimentLog log)
    {
        var keys = KeySets.Integers(size);
        var streams = KeyStreams.PerWorker(keys, writers);
        var map = MapCatalog.Get(id).Create<int, int>(comparer: null, KeySets.Prefill(keys));
        var stamps = new WriteStamps(writers);
        void Write(int worker, long i) => map.Set(streams[worker][i & KeyStreams.Mask], stamps.Next(worker));
        _ = TimedWorkers.Run(writers, parameters.Warmup, Write);
        for (var rep = 1; rep <= parameters.Reps; rep++)
        {
            var before = (map as IMapCostCounters)?.ReadCounters();
            var outcome = TimedWorkers.Run(writers, parameters.Phase, Write);
            cell.RecordWrites(log, rep, outcome);
            if (map is IMapCostCounters counters && before is { } start && (counters.ReadCounters() - start) is { CasAttempts: > 0 } delta)
            {
                cell.Record(log, rep, ExperimentMetrics.CasRetriesPerWrite, (double)delta.CasRetries / Math.Max(1, outcome.Operations));
            }
        }
    }

    private void MeasureStore(bool cas, int writers, ExperimentCell cell, ExperimentLog log)
    {
        using var store = new SnapshotStore<StoreBenchConfig>(StoreBenchConfig.Create(), new SnapshotStoreOptions<StoreBenchConfig> { Name = "experiment-cas" });
        var changes = Enumerable.Range(0, writers).Select(worker => (Func<StoreBenchConfig, StoreBenchConfig>)(c => c.Bump(worker * 97))).ToArray();
        Action<int, long> write = cas
            ? (worker, _) => store.UpdateCas(changes[worker])
            : (worker, _) => store.Update(changes[worker]);
        _ = TimedWorkers.Run(writers, parameters.Warmup, write);
        for (var rep = 1; rep <= parameters.Reps; rep++)
        {
            var retries = store.CasRetryCount;
            var outcome = TimedWorkers.Run(writers, parameters.Phase, write);
            cell.RecordWrites(log, rep, outcome);
            if (cas)
            {
                cell.Record(log, rep, ExperimentMetrics.CasRetriesPerWrite, (double)(store.CasRetryCount - retries) / Math.Max(1, outcome.Operations));
            }
        }
    }
}
