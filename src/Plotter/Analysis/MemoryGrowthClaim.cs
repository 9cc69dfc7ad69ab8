using static Lab.Results.ExperimentMetrics;
using static Lab.Results.ExperimentNames;

namespace Lab.Plotter.Analysis;

/// <summary>Claim 7: the postmortem's "5 GB memory growth in 1 hour", reproduced and mitigated.</summary>
internal static class MemoryGrowthClaim
{
    private const string title = "The memory-growth incident (task 30)";
    private const string quote = "\"Imagine your COW system caused a production incident: 5 GB memory growth in 1 hour. Write a fictional postmortem identifying root cause, contributing factors, and mitigations.\"";
    private const string bug = "unbounded-history";
    private const string fix = "bounded-history";
    private static readonly (ExperimentMetric Metric, string Label)[] seriesMetrics =
        [(ManagedHeapBytes, "managed heap"), (HeapAfterGcBytes, "heap after last GC"), (LohBytes, "LOH after last GC"), (WorkingSetBytes, "working set")];

    public static ClaimReport Evaluate(ExperimentsContext context)
    {
        var data = context.Data;
        if (!data.Has(MemoryGrowth))
        {
            return ClaimReport.NotMeasured(7, title, quote, "experiments.csv has no memory-growth rows.");
        }

        var figures = new List<string> { Markdown.Header("phase", "seconds", "snapshots retained at end", "managed heap start -> end MB", "heap after last GC at end MB", "LOH at end MB", "working set at end MB", "live heap start -> end MB", "live growth MB/s", "extrapolated GB/hour") };
        var rates = new Dictionary<string, double?>();
        foreach (var phase in new[] { bug, fix })
        {
            var times = data.Rows.Where(r => r.Experiment == MemoryGrowth && r.Variant == phase && r.Metric == ManagedHeapBytes.Id).Select(r => r.Param).ToList();
            var heap = data.Values(MemoryGrowth, phase, ManagedHeapBytes);
            var slope = LiveGrowth(data, phase);
            rates[phase] = slope * 3600;
            figures.Add(Markdown.Row(
                $"`{phase}`", Markdown.Number(Last(times), "0.#"),
                Markdown.Number(Last(data.Values(MemoryGrowth, phase, RetainedVersions)), "N0"),
                heap.Count > 0 ? $"{Markdown.Mb(heap[0])} -> {Markdown.Mb(heap[^1])}" : "-",
                Markdown.Mb(Last(data.Values(MemoryGrowth, phase, HeapAfterGcBytes))),
                Markdown.Mb(Last(data.Values(MemoryGrowth, phase, LohBytes))),
                Markdown.Mb(Last(data.Values(MemoryGrowth, phase, WorkingSetBytes))),
                LiveRange(data, phase),
                Markdown.Mb(slope),
                Markdown.Number(slope * 3600 / 1e9)));
        }

        var afterFill = GrowthAfterFill(data, fix);
        var afterFillRate = afterFill?.Rate * 3600;
        List<ClaimPart> parts =
        [
            new("the bug (unbounded history) grows memory at the incident's rate (5 GB/hour)", $"{Markdown.Number(rates[bug] / 1e9)} GB/hour (live heap, start to end)", VerdictRules.BugGrows(rates[bug])),
            new(
                "the mitigation (bounded history) stops the growth: live heap growth after the fill about 0",
                afterFill is { } g ? $"{Markdown.Number(afterFillRate / 1e6)} MB/hour ({Markdown.Mb(g.First)} -> {Markdown.Mb(g.Last)} MB from {Markdown.Number(g.From, "0.#")} s to {Markdown.Number(g.To, "0.#")} s, {g.Samples} samples)" : "not measured in this run (no live-heap samples after the fill)",
                VerdictRules.MitigationStops(afterFillRate, rates[bug])),
        ];
        var factor = rates[bug] is { } r && r > 0 ? VerdictRules.IncidentBytesPerHour / r : (double?)null;
        figures.Add(string.Empty);
        figures.Add(factor is { } f
            ? $"The bug's rate is proportional to write rate x table size: 5 GB/hour needs {Markdown.Number(f)}x this run's write rate (or table size)."
            : "The bug phase did not grow.");
        var series = new List<ExperimentChart.Series>();
        foreach (var phase in new[] { bug, fix })
        {
            foreach (var (metric, label) in seriesMetrics)
            {
                var points = data.Rows.Where(row => row.Experiment == MemoryGrowth && row.Variant == phase && row.Metric == metric.Id)
                    .Select(row => new SeriesPoint(row.Param, row.Value / 1e6)).ToList();
                series.Add(new ExperimentChart.Series($"{label}, {phase}", points));
            }
        }

        var chart = ExperimentChart.Lines(context.ChartsFolder, "claim7-memory-growth.png", "Memory over time: unbounded snapshot history vs bounded", context.Caption, "seconds", "MB", null, series, allowLog: false);
        return new ClaimReport(
            7, title, quote,
            "A `SnapshotStore` holding a Dictionary<string, string> feature table, cloned on every update (the curriculum's COW); a writer publishes at a fixed rate and appends every published snapshot to a rollback history. Phase 1 never trims the history (the bug); phase 2 keeps the last few snapshots (the mitigation). Sampled: `GC.GetTotalMemory(false)` (managed heap, garbage included), the heap size after the last GC (`GCMemoryInfo.HeapSizeBytes - FragmentedBytes`), the LOH size after the last GC, `Environment.WorkingSet`; growth rates are the live heap's growth (`GC.GetTotalMemory(true)`, a forced full collection, just before the writer starts and just after it stops) divided by the phase's duration. Postmortem: docs/postmortem-cow-memory-growth.md.",
            figures,
            parts,
            $"{VerdictRules.MemoryGrowthRule}; {VerdictRules.WeakestRule}.",
            $"unbounded history: {Markdown.Number(rates[bug] / 1e9)} GB/hour; bounded, after the fill: {(afterFillRate is { } a ? $"{Markdown.Number(a / 1e6)} MB/hour" : "not measured in this run")} (start to end, fill included: {Markdown.Number(rates[fix] / 1e9)} GB/hour)",
            chart is null ? [] : [chart]);
    }

    /// <summary>Growth of the live heap (after forced full collections before and after the phase), bytes per second.</summary>
    private static double? LiveGrowth(ExperimentData data, string phase)
    {
        var live = data.Rows.Where(r => r.Experiment == MemoryGrowth && r.Variant == phase && r.Metric == LiveBytes.Id).OrderBy(r => r.Param).ToList();
        return live.Count >= 2 && live[^1].Param > live[0].Param ? (live[^1].Value - live[0].Value) / (live[^1].Param - live[0].Param) : null;
    }

    /// <summary>
    /// The bounded phase's live heap after its history filled: the slope from the first to the last sample of
    /// <see cref="LiveAfterFillBytes"/> (bytes per second); null without two samples at different times (a run before the metric).
    /// </summary>
    private static (double Rate, double First, double Last, double From, double To, int Samples)? GrowthAfterFill(ExperimentData data, string phase)
    {
        var live = data.Rows.Where(r => r.Experiment == MemoryGrowth && r.Variant == phase && r.Metric == LiveAfterFillBytes.Id).OrderBy(r => r.Param).ToList();
        return live.Count >= 2 && live[^1].Param > live[0].Param
            ? ((live[^1].Value - live[0].Value) / (live[^1].Param - live[0].Param), live[0].Value, live[^1].Value, live[0].Param, live[^1].Param, live.Count)
            : null;
    }

    private static string LiveRange(ExperimentData data, string phase)
    {
        var live = data.Values(MemoryGrowth, phase, LiveBytes);
        return live.Count >= 2 ? $"{Markdown.Mb(live[0])} -> {Markdown.Mb(live[^1])}" : "-";
    }

    private static double? Last(IReadOnlyList<double> values) => values.Count > 0 ? values[^1] : null;
}
