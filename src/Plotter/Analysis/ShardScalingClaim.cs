using static Lab.Results.ExperimentMetrics;
using static Lab.Results.ExperimentNames;

namespace Lab.Plotter.Analysis;

/// <summary>Claim 1: sharded COW writes "scale linearly with shard count", "~16x" at 16 shards.</summary>
internal static class ShardScalingClaim
{
    private const string title = "Sharded COW write scaling (task 13)";
    private const string quote = "\"Demonstrate parallel writes scale linearly with shard count.\" ... \"Benchmark shows ~16x write throughput improvement vs single-shard for parallel writes.\"";

    // A Dictionary<int, int> entry is 16 B: its entries array reaches the 85,000-byte LOH threshold near 5.3K entries.
    private const int lohEntries = 85_000 / 16;
    private static readonly string[] leading = ["entries", "shards", "entries/shard"];

    public static ClaimReport Evaluate(ExperimentsContext context)
    {
        var data = context.Data;
        if (!data.Has(ShardScaling))
        {
            return ClaimReport.NotMeasured(1, title, quote, "experiments.csv has no shard-scaling rows.");
        }

        const string variant = "sharded";
        var writers = data.Threads(ShardScaling);
        var most = writers[^1];
        var shards = data.Params(ShardScaling);
        var figures = new List<string>
        {
            Markdown.Header([.. leading.Concat(writers.Select(w => $"writes/s, {w} writer(s)")).Concat([$"speed-up vs 1 shard ({most} writers)", "speed-up / shards (1 = linear)", "B/write", "gen2/1k writes"])]),
        };
        var parts = new List<ClaimPart>();
        var headline = new List<string>();
        var charts = new List<string>();
        var notes = new List<string>();
        foreach (var size in data.Sizes(ShardScaling))
        {
            var one = data.Values(ShardScaling, variant, WritesPerSecond, size, most, 1);
            foreach (var shard in shards)
            {
                var speedUp = Figure.Ratio(data.Values(ShardScaling, variant, WritesPerSecond, size, most, shard), one);
                var perShard = size / (int)shard;
                figures.Add(Markdown.Row([
                    Markdown.Size(size), shard, $"{perShard}{(perShard >= lohEntries ? " (LOH)" : string.Empty)}",
                    .. writers.Select(w => Markdown.Fig(data.Figure(ShardScaling, variant, WritesPerSecond, size, w, shard), "N0")),
                    Markdown.Fig(speedUp),
                    Markdown.Number(speedUp?.Median / shard),
                    Markdown.Number(data.Figure(ShardScaling, variant, BytesPerWrite, size, most, shard)?.Median, "N0"),
                    Markdown.Number(data.Figure(ShardScaling, variant, Gen2Per1kWrites, size, most, shard)?.Median)]));
            }

            var sixteen = Figure.Ratio(data.Values(ShardScaling, variant, WritesPerSecond, size, most, 16), one);
            var sixteenAlone = Figure.Ratio(data.Values(ShardScaling, variant, WritesPerSecond, size, writers[0], 16), data.Values(ShardScaling, variant, WritesPerSecond, size, writers[0], 1));
            var parallel = Figure.Ratio(data.Values(ShardScaling, variant, WritesPerSecond, size, most, 16), data.Values(ShardScaling, variant, WritesPerSecond, size, writers[0], 16));
            notes.Add($"{Markdown.Size(size)}: 16 shards vs 1 with {writers[0]} writer: {Markdown.Fig(sixteenAlone)}x (smaller copies alone); {most} vs {writers[0]} writers at 16 shards: {Markdown.Fig(parallel)}x (parallelism).");
            parts.Add(new ClaimPart($"~16x at 16 shards vs 1, {most} writers, {Markdown.Size(size)}", $"{Markdown.Fig(sixteen)}x", VerdictRules.Factor(sixteen, 16)));
            parts.Add(new ClaimPart($"parallel writes scale linearly: {most} writers vs {writers[0]} at 16 shards, {Markdown.Size(size)}", $"{Markdown.Fig(parallel)}x (linear: {most / writers[0]}x)", VerdictRules.ScalesLinearly(parallel, most / writers[0])));
            headline.Add($"{Markdown.Fig(sixteen)}x at {Markdown.Size(size)}");
            var chart = ExperimentChart.Lines(
                context.ChartsFolder, $"claim1-shard-scaling-{size}.png", $"Sharded COW: write throughput vs shard count, {Markdown.Size(size)} entries", context.Caption,
                "shards", "writes per second (all writers), min-max of repetitions",
                [.. shards.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                [.. writers.Select(w => new ExperimentChart.Series($"{w} writer(s)", [.. shards.Select((s, i) => (s, i))
                    .Select(p => (p.i, Figure: data.Figure(ShardScaling, variant, WritesPerSecond, size, w, p.s)))
                    .Where(p => p.Figure is not null)
                    .Select(p => new SeriesPoint(p.i, p.Figure!.Median, p.Figure.Lower, p.Figure.Upper))]))]);
            if (chart is not null)
            {
                charts.Add(chart);
            }
        }

        figures.Add(string.Empty);
        figures.Add($"Speed-up is writes/s with N shards over writes/s with 1 shard at {most} writers (median ratio; bounds = 95% interval of the pairwise ratios of repetitions). \"(LOH)\": a shard's entries array is 85,000 bytes or more, so every clone of it is allocated on the large object heap (Dictionary<int, int>: 16 B per entry). Linear scaling would make the speed-up equal the shard count. Where the speed-up comes from:");
        figures.Add(string.Empty);
        figures.AddRange(notes.Select(note => "- " + note));
        return new ClaimReport(
            1, title, quote,
            $"`ShardedCowMap<int, int>` prefilled with the given entries; {string.Join(", ", writers)} writer threads each update existing keys from their own uniform key stream for a fixed phase; writes/s over all writers, bytes allocated and gen2 collections per write (all threads). Each cell: warm-up phase, then {data.Values(ShardScaling, variant, WritesPerSecond).Count / Math.Max(1, data.Sizes(ShardScaling).Count * shards.Count * writers.Count)} repetitions.",
            figures,
            parts,
            $"per size, part \"~16x\": {VerdictRules.FactorRule} (F = 16, the 16-shard speed-up at {most} writers); {VerdictRules.LinearRule}; {VerdictRules.WeakestRule}.",
            $"16 shards vs 1, {most} writers: {string.Join(", ", headline)}",
            charts);
    }
}
