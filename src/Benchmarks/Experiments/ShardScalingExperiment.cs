using Lab.Benchmarks.Workloads;
using Lab.Maps;
using Lab.Results;

namespace Lab.Benchmarks.Experiments;

/// <summary>
/// Claim 1 (curriculum task 13): "parallel writes scale linearly with shard count", "~16x write
/// throughput vs single-shard" at 16 shards. Write throughput of <see cref="ShardedCowMap{TKey, TValue}"/>
/// for every shard count x size x writer count: each writer updates existing keys (the size stays
/// constant) from its own seeded key stream.
/// </summary>
internal sealed class ShardScalingExperiment(ShardScalingExperiment.Parameters parameters) : IExperiment
{
    public const string Id = ExperimentNames.ShardScaling;

    /// <summary>The experiment's cells and repetitions, as data.</summary>
    public sealed record Parameters(IReadOnlyList<int> Shards, IReadOnlyList<int> Sizes, IReadOnlyList<int> Writers, int Reps, TimeSpan Warmup, TimeSpan Phase);

    public string Name => Id;

    public int Cells => parameters.Shards.Count * parameters.Sizes.Count * parameters.Writers.Count;

    public TimeSpan Estimate
        => (Cells * (parameters.Warmup + (parameters.Reps * parameters.Phase)))
        + TimeSpan.FromSeconds(parameters.Shards.Count * parameters.Sizes.Sum() / 1_000_000.0 * 1.5);

    public void Run(ExperimentLog log)
    {
        foreach (var size in parameters.Sizes)
        {
            var keys = KeySets.Integers(size);
            var streams = KeyStreams.PerWorker(keys, parameters.Writers.Max());
            foreach (var shards in parameters.Shards)
            {
                var map = new ShardedCowMap<int, int>(KeySets.Prefill(keys), comparer: null, shards);

                // One stamp sequence for the map's whole life: the cells of every writer count write to
                // this same map, and a stamp repeated from an earlier cell would be a skipped no-op write.
                var stamps = new WriteStamps(parameters.Writers.Max());
                foreach (var writers in parameters.Writers)
                {
                    var cell = new ExperimentCell(Id, "sharded", size, writers, "shards", shards);
                    log.Progress(cell.ToString());
                    void Write(int worker, long i) => map.Set(streams[worker][i & KeyStreams.Mask], stamps.Next(worker));
                    _ = TimedWorkers.Run(writers, parameters.Warmup, Write);
                    for (var rep = 1; rep <= parameters.Reps; rep++)
                    {
                        var before = map.ReadCounters();
                        var outcome = TimedWorkers.Run(writers, parameters.Phase, Write);
                        var copied = (map.ReadCounters() - before).EntriesCopied;
                        cell.RecordWrites(log, rep, outcome);
                        cell.Record(log, rep, ExperimentMetrics.EntriesCopiedPerWrite, (double)copied / Math.Max(1, outcome.Operations));
                    }
                }
            }
        }
    }
}
