using System.Diagnostics;
using Lab.Benchmarks.Workloads;
using Lab.Maps;
using Lab.Results;

namespace Lab.Benchmarks.Experiments;

/// <summary>
/// Claim 4 (curriculum task 18): layered "compaction reduces read latency over time". A
/// <see cref="LayeredMap{TKey, TValue}"/> with automatic compaction off has its override grown in
/// steps (updates of distinct base keys, one batch per step) from 0 to the largest fraction of the
/// base; at each step, and again right after <see cref="LayeredMap{TKey, TValue}.Compact"/>, one
/// thread (no writer running) reads uniformly chosen keys of the whole map: the median read comes from
/// batches of <see cref="ReadBatch"/> reads timed together (the ~50-100 ns timer amortized), the
/// p99.9 from reads timed one by one (timer floor included, recorded beside it).
/// </summary>
internal sealed class LayeredCompactionExperiment(LayeredCompactionExperiment.Parameters parameters) : IExperiment
{
    public const string Id = ExperimentNames.LayeredCompaction;
    public const string Growing = "layered";
    public const string Compacted = "layered-compacted";
    public const int ReadBatch = 64;

    /// <summary>The experiment's cells and repetitions, as data.</summary>
    public sealed record Parameters(IReadOnlyList<int> Sizes, IReadOnlyList<double> OverridePercents, int Reps, int Batches, int TimedReads);

    public string Name => Id;

    public int Cells => parameters.Sizes.Count * (parameters.OverridePercents.Count + 1);

    // Per read ~100-300 ns plus the timer; a frozen build of the base per repetition and one compaction.
    public TimeSpan Estimate => TimeSpan.FromSeconds(
        parameters.Reps * parameters.Sizes.Sum(size =>
            ((parameters.OverridePercents.Count + 1) * (((double)parameters.Batches * ReadBatch * 250e-9) + (parameters.TimedReads * 400e-9)))
            + (size / 1_000_000.0 * 6)));

    public void Run(ExperimentLog log)
    {
        foreach (var size in parameters.Sizes)
        {
            var keys = KeySets.Integers(size);
            var reads = KeyStreams.Draw(keys, StreamBuilder.Seed, Math.Max(1 << 16, size));
            new ExperimentCell(Id, Growing, size, 1, "override_pct", 0).Record(log, 1, ExperimentMetrics.PolicyOverridePct, LayeredCompactionPolicy.DefaultMaxOverrideFraction * 100);
            for (var rep = 1; rep <= parameters.Reps; rep++)
            {
                var map = new LayeredMap<int, int>(KeySets.Prefill(keys), comparer: null, LayeredCompactionPolicy.Manual);
                var overridden = 0;
                foreach (var percent in parameters.OverridePercents)
                {
                    var target = (int)(size * percent / 100);
                    var step = new MapWrite<int, int>[Math.Max(0, target - overridden)];
                    for (var k = 0; k < step.Length; k++)
                    {
                        step[k] = MapWrite<int, int>.Set(keys[overridden + k], -(overridden + k) - 1);
                    }

                    map.ApplyBatch(step);
                    overridden = Math.Max(overridden, target);
                    var cell = new ExperimentCell(Id, Growing, size, 1, "override_pct", percent);
                    log.Progress($"{cell} rep {rep}");
                    MeasureReads(map, reads, cell, rep, log);
                }

                var compactCell = new ExperimentCell(Id, Compacted, size, 1, "override_pct", overridden * 100.0 / size);
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                map.Compact();
                var elapsed = clock.Elapsed;
                compactCell.Record(log, rep, ExperimentMetrics.CompactionMs, elapsed.TotalMilliseconds);
                compactCell.Record(log, rep, ExperimentMetrics.CompactionBytes, GC.GetAllocatedBytesForCurrentThread() - allocated);
                log.Progress($"{compactCell} rep {rep}");
                MeasureReads(map, reads, compactCell, rep, log);
            }
        }
    }

    private void MeasureReads(LayeredMap<int, int> map, int[] reads, ExperimentCell cell, int rep, ExperimentLog log)
    {
        var sink = 0L;
        var cursor = 0;
        int Next()
        {
            var key = reads[cursor];
            cursor = cursor + 1 == reads.Length ? 0 : cursor + 1;
            return key;
        }

        // Warm-up: one pass over the timed work, untimed.
        for (var i = 0; i < parameters.Batches * ReadBatch; i++)
        {
            sink += map.TryGetValue(Next(), out var value) ? value : 0;
        }

        var batchNs = new double[parameters.Batches];
        var tick = 1e9 / Stopwatch.Frequency;
        for (var b = 0; b < batchNs.Length; b++)
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < ReadBatch; i++)
            {
                sink += map.TryGetValue(Next(), out var value) ? value : 0;
            }

            batchNs[b] = (Stopwatch.GetTimestamp() - start) * tick / ReadBatch;
        }

        var singleNs = new double[parameters.TimedReads];
        var floorNs = new double[parameters.TimedReads];
        for (var i = 0; i < singleNs.Length; i++)
        {
            var key = Next();
            var start = Stopwatch.GetTimestamp();
            sink += map.TryGetValue(key, out var value) ? value : 0;
            var end = Stopwatch.GetTimestamp();
            singleNs[i] = (end - start) * tick;
            var empty = Stopwatch.GetTimestamp();
            floorNs[i] = (Stopwatch.GetTimestamp() - empty) * tick;
        }

        GC.KeepAlive(sink);
        cell.Record(log, rep, ExperimentMetrics.ReadP50Ns, Percentile(batchNs, 50));
        cell.Record(log, rep, ExperimentMetrics.ReadP999Ns, Percentile(singleNs, 99.9));
        cell.Record(log, rep, ExperimentMetrics.TimerFloorNs, Percentile(floorNs, 50));
    }

    /// <summary>The nearest-rank percentile (sorts <paramref name="values"/>).</summary>
    internal static double Percentile(double[] values, double percent)
    {
        Array.Sort(values);
        var rank = (int)Math.Ceiling(percent / 100 * values.Length);
        return values[Math.Clamp(rank - 1, 0, values.Length - 1)];
    }
}
