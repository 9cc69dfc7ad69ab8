using static Lab.Results.ExperimentMetrics;
using static Lab.Results.ExperimentNames;

namespace Lab.Plotter.Analysis;

/// <summary>Claim 4: layered "compaction reduces read latency over time".</summary>
internal static class LayeredCompactionClaim
{
    private const string title = "Layered COW compaction (task 18)";
    private const string quote = "\"Implement Compact that merges Override into Base. Demonstrate compaction reduces read latency over time.\"";
    private const string growing = "layered";
    private const string compacted = "layered-compacted";

    public static ClaimReport Evaluate(ExperimentsContext context)
    {
        var data = context.Data;
        if (!data.Has(LayeredCompaction))
        {
            return ClaimReport.NotMeasured(4, title, quote, "experiments.csv has no layered-compaction rows.");
        }

        var figures = new List<string> { Markdown.Header("entries", "override % of base", "read p50 ns", "read p99.9 ns", "timer floor ns") };
        var parts = new List<ClaimPart>();
        var headline = new List<string>();
        var charts = new List<string>();
        double? policy = null;
        foreach (var size in data.Sizes(LayeredCompaction))
        {
            policy ??= data.Figure(LayeredCompaction, growing, PolicyOverridePct, size)?.Median;
            var steps = data.Params(LayeredCompaction, growing).Where(p => data.Values(LayeredCompaction, growing, ReadP50Ns, size, param: p).Count > 0).ToList();
            foreach (var step in steps)
            {
                figures.Add(Row(data, growing, size, step, $"{step}%"));
            }

            var compactedParams = data.Params(LayeredCompaction, compacted);
            var after = compactedParams.Count > 0 ? compactedParams[0] : 0;
            figures.Add(Row(data, compacted, size, after, "0 (right after Compact())"));
            var last = steps.Count > 0 ? steps[^1] : 0;
            var p50 = Figure.Ratio(data.Values(LayeredCompaction, growing, ReadP50Ns, size, param: last), data.Values(LayeredCompaction, compacted, ReadP50Ns, size));
            var p999 = Figure.Ratio(data.Values(LayeredCompaction, growing, ReadP999Ns, size, param: last), data.Values(LayeredCompaction, compacted, ReadP999Ns, size));
            parts.Add(new ClaimPart($"compaction reduces read p50 latency, {Markdown.Size(size)}, {last}% override", $"{Markdown.Fig(p50)}x", VerdictRules.Above(p50, VerdictRules.LatencyGain)));
            parts.Add(new ClaimPart($"compaction reduces read p99.9 latency, {Markdown.Size(size)}, {last}% override", $"{Markdown.Fig(p999)}x", VerdictRules.Above(p999, VerdictRules.LatencyGain)));
            var cost = data.Figure(LayeredCompaction, compacted, CompactionMs, size);
            var bytes = data.Figure(LayeredCompaction, compacted, CompactionBytes, size);
            headline.Add($"{Markdown.Size(size)}: p50 {Markdown.Fig(p50)}x, p99.9 {Markdown.Fig(p999)}x faster after compacting a {last}% override (compaction {Markdown.Fig(cost)} ms)");
            figures.Add(Markdown.Row(Markdown.Size(size), $"before / after, at {last}%", $"{Markdown.Fig(p50)}x", $"{Markdown.Fig(p999)}x", $"Compact(): {Markdown.Fig(cost)} ms, {Markdown.Mb(bytes?.Median)} MB allocated"));
            var categories = steps.Select(s => $"{s}%").Append("compacted").ToList();
            ExperimentChart.Series Line(string label, ExperimentMetric metric) => new(label, [.. steps.Select((s, i) => (i, Figure: data.Figure(LayeredCompaction, growing, metric, size, param: s)))
                .Append((steps.Count, Figure: data.Figure(LayeredCompaction, compacted, metric, size)))
                .Where(p => p.Figure is not null).Select(p => new SeriesPoint(p.Item1, p.Figure!.Median, p.Figure.Lower, p.Figure.Upper))]);
            var chart = ExperimentChart.Lines(
                context.ChartsFolder, $"claim4-layered-read-latency-{size}.png", $"Layered read latency as the override grows, {Markdown.Size(size)} entries", context.Caption,
                "override size, % of base (then right after Compact())", "ns per read",
                categories, [Line("p50 (batches of 64)", ReadP50Ns), Line("p99.9 (single reads)", ReadP999Ns), Line("timer floor", TimerFloorNs)]);
            if (chart is not null)
            {
                charts.Add(chart);
            }
        }

        figures.Add(string.Empty);
        figures.Add($"The default policy (`LayeredCompactionPolicy.Default`) compacts when the override exceeds {Markdown.Number(policy)}% of the base (and 32 entries): read the table at that row for the latency it tolerates. p50 is the median over batches of 64 reads timed together (per read); p99.9 is over reads timed one by one and includes the timer (its floor is the last column).");
        return new ClaimReport(
            4, title, quote,
            "`LayeredMap<int, int>` (frozen base + copy-on-write override) with automatic compaction off; the override grows by updates of distinct base keys (one batch per step); at each step one thread reads uniformly chosen keys of the whole map (no writer running); then `Compact()` is timed and the reads are measured again. Each repetition builds a new map.",
            figures,
            parts,
            $"per size: {VerdictRules.CompactionRule}; {VerdictRules.WeakestRule}.",
            string.Join("; ", headline),
            charts);
    }

    private static string Row(ExperimentData data, string variant, int size, double param, string label)
        => Markdown.Row(
            Markdown.Size(size), label,
            Markdown.Fig(data.Figure(LayeredCompaction, variant, ReadP50Ns, size, param: param)),
            Markdown.Fig(data.Figure(LayeredCompaction, variant, ReadP999Ns, size, param: param)),
            Markdown.Number(data.Figure(LayeredCompaction, variant, TimerFloorNs, size, param: param)?.Median));
}
