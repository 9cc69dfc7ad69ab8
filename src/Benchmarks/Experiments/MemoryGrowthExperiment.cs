using System.Diagnostics;
using System.Runtime;
using Lab.CowStore;
using Lab.Results;

namespace Lab.Benchmarks.Experiments;

/// <summary>
/// Claim 7 (curriculum task 30): the "5 GB memory growth in 1 hour" incident, reproduced. A
/// copy-on-write store holds a feature table (a <see cref="Dictionary{TKey, TValue}"/> cloned on every
/// update, as in the curriculum's solutions); a writer publishes at a fixed rate and, for rollback,
/// appends every published snapshot to a history. In the <see cref="Unbounded"/> phase the history is
/// never trimmed (the bug: every old snapshot, a whole table each, stays reachable); in the
/// <see cref="Bounded"/> phase it keeps the last <see cref="Parameters.HistoryBound"/> (the
/// mitigation). Managed heap, large object heap and working set are sampled over time; the live heap (after a
/// forced full collection) is measured once before and once after each phase, and in the bounded phase at every
/// sample once its history has filled (<see cref="ExperimentMetrics.LiveAfterFillBytes"/>).
/// The postmortem is docs/postmortem-cow-memory-growth.md.
/// </summary>
internal sealed class MemoryGrowthExperiment(MemoryGrowthExperiment.Parameters parameters) : IExperiment
{
    public const string Id = ExperimentNames.MemoryGrowth;
    public const string Unbounded = "unbounded-history";
    public const string Bounded = "bounded-history";

    /// <summary>The scenario, as data.</summary>
    /// <param name="Entries">Entries of the feature table.</param>
    /// <param name="WritesPerSecond">The writer's fixed publish rate.</param>
    /// <param name="Phase">How long each phase runs.</param>
    /// <param name="SampleInterval">Time between two memory samples.</param>
    /// <param name="HistoryBound">Snapshots the mitigated history keeps.</param>
    public sealed record Parameters(int Entries, int WritesPerSecond, TimeSpan Phase, TimeSpan SampleInterval, int HistoryBound);

    public string Name => Id;

    public int Cells => 2;

    public TimeSpan Estimate => 2 * (parameters.Phase + TimeSpan.FromSeconds(1));

    public void Run(ExperimentLog log)
    {
        foreach (var variant in new[] { Unbounded, Bounded })
        {
            log.Progress($"{Id}/{variant}: {parameters.Entries} entries, {parameters.WritesPerSecond} writes/s for {parameters.Phase.TotalSeconds:0.#} s");
            RunPhase(variant == Unbounded ? int.MaxValue : parameters.HistoryBound, variant, log);
        }
    }

    private void RunPhase(int historyBound, string variant, ExperimentLog log)
    {
        // Start each phase from a compacted heap, so the phases do not inherit each other's garbage.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();

        var table = new Dictionary<string, string>(parameters.Entries);
        for (var i = 0; i < parameters.Entries; i++)
        {
            table[$"feature/{i:D6}"] = "off";
        }

        using var store = new SnapshotStore<IReadOnlyDictionary<string, string>>(table, new SnapshotStoreOptions<IReadOnlyDictionary<string, string>> { Name = "experiment-memory" });
        var history = new Queue<Snapshot<IReadOnlyDictionary<string, string>>>();
        var keys = table.Keys.ToArray();
        var values = new[] { "on", "off" };
        var stop = 0;
        var retained = 0;
        var writer = new Thread(() =>
        {
            var pace = Stopwatch.StartNew();
            for (long n = 0; Volatile.Read(ref stop) == 0; n++)
            {
                // The curriculum's update: copy the whole map, change one entry, publish.
                var published = store.Update(current => new Dictionary<string, string>((Dictionary<string, string>)current)
                {
                    [keys[n % keys.Length]] = values[n & 1],
                });
                history.Enqueue(published);
                while (history.Count > historyBound)
                {
                    _ = history.Dequeue();
                }

                Volatile.Write(ref retained, history.Count);
                var due = TimeSpan.FromSeconds((n + 1.0) / parameters.WritesPerSecond) - pace.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    Thread.Sleep(due); // pacing to the fixed write rate
                }
            }
        })
        { IsBackground = true, Name = "experiment-memory-writer" };

        // Live bytes at the start and end of the phase: forced full collections outside the sampled window.
        var liveStart = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        writer.Start();
        for (var next = TimeSpan.Zero; next <= parameters.Phase; next += parameters.SampleInterval)
        {
            var wait = next - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                Thread.Sleep(wait); // sampling interval
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var held = Volatile.Read(ref retained);
            Sample(log, variant, seconds, held);
            if (historyBound != int.MaxValue && held >= historyBound)
            {
                // After the fill: the live heap (forced full collection) over time, so the mitigation's growth is
                // measured without the one-off fill of its history.
                new ExperimentCell(Id, variant, parameters.Entries, 1, "t_s", Math.Round(seconds, 3)).Record(log, 1, ExperimentMetrics.LiveAfterFillBytes, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        Volatile.Write(ref stop, 1);
        writer.Join();
        var elapsed = clock.Elapsed.TotalSeconds;
        var liveEnd = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(history);
        new ExperimentCell(Id, variant, parameters.Entries, 1, "t_s", 0).Record(log, 1, ExperimentMetrics.LiveBytes, liveStart);
        new ExperimentCell(Id, variant, parameters.Entries, 1, "t_s", Math.Round(elapsed, 3)).Record(log, 1, ExperimentMetrics.LiveBytes, liveEnd);
    }

    private void Sample(ExperimentLog log, string variant, double seconds, int retained)
    {
        var cell = new ExperimentCell(Id, variant, parameters.Entries, 1, "t_s", Math.Round(seconds, 3));
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        cell.Record(log, 1, ExperimentMetrics.ManagedHeapBytes, GC.GetTotalMemory(forceFullCollection: false));
        cell.Record(log, 1, ExperimentMetrics.HeapAfterGcBytes, info.HeapSizeBytes - info.FragmentedBytes);
        cell.Record(log, 1, ExperimentMetrics.LohBytes, info.GenerationInfo.Length > 3 ? info.GenerationInfo[3].SizeAfterBytes : 0);
        cell.Record(log, 1, ExperimentMetrics.WorkingSetBytes, Environment.WorkingSet);
        cell.Record(log, 1, ExperimentMetrics.RetainedVersions, retained);
    }
}
