using Lab.Benchmarks.Workloads;
using Lab.Maps;
using Lab.Results;

namespace Lab.Benchmarks.Experiments;

/// <summary>
/// Claim 2 (curriculum task 16): a persistent HAMT against "a plain rebuild map". The cost of one new
/// version (an update of an existing key, one writer) in time and bytes for each map and size.
/// </summary>
internal sealed class WriteCostExperiment(WriteCostExperiment.Parameters parameters) : IExperiment
{
    public const string Id = ExperimentNames.WriteCost;

    /// <summary>The experiment's cells and repetitions, as data.</summary>
    public sealed record Parameters(IReadOnlyList<string> Maps, IReadOnlyList<int> Sizes, int Reps, TimeSpan Warmup, TimeSpan Phase);

    public string Name => Id;

    public int Cells => parameters.Maps.Count * parameters.Sizes.Count;

    // A frozen rebuild of 1M entries takes a few hundred ms: a phase may overrun by one write.
    public TimeSpan Estimate
        => (Cells * (parameters.Warmup + (parameters.Reps * parameters.Phase)))
        + TimeSpan.FromSeconds(parameters.Maps.Count * parameters.Sizes.Sum() / 1_000_000.0 * (2 + parameters.Reps));

    public void Run(ExperimentLog log)
    {
        foreach (var size in parameters.Sizes)
        {
            var keys = KeySets.Integers(size);
            var stream = KeyStreams.Draw(keys, StreamBuilder.Seed);
            foreach (var id in parameters.Maps)
            {
                var map = MapCatalog.Get(id).Create<int, int>(comparer: null, KeySets.Prefill(keys));
                var cell = new ExperimentCell(Id, id, size, 1, "entries", size);
                log.Progress(cell.ToString());
                var stamps = new WriteStamps(1);
                void Write(int worker, long i) => map.Set(stream[i & KeyStreams.Mask], stamps.Next(worker));
                _ = TimedWorkers.Run(1, parameters.Warmup, Write);
                for (var rep = 1; rep <= parameters.Reps; rep++)
                {
                    var outcome = TimedWorkers.Run(1, parameters.Phase, Write);
                    cell.RecordWrites(log, rep, outcome);
                    cell.Record(log, rep, ExperimentMetrics.NsPerWrite, outcome.Elapsed.TotalNanoseconds / Math.Max(1, outcome.Operations));
                }
            }
        }
    }
}
