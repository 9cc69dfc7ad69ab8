using static Lab.Results.ExperimentMetrics;
using static Lab.Results.ExperimentNames;

namespace Lab.Plotter.Analysis;

/// <summary>Claim 2: a persistent HAMT's write cost against "a plain rebuild map".</summary>
internal static class WriteCostClaim
{
    private const string title = "Persistent HAMT vs plain rebuild (task 16)";
    private static readonly string[] leading = ["entries"];
    private const string quote = "\"Implement a simplified persistent hash map ... Wrap it in a COW store. Compare write costs against a plain rebuild map.\" (goal: \"Understand structural sharing concretely.\")";

    public static ClaimReport Evaluate(ExperimentsContext context)
    {
        var data = context.Data;
        if (!data.Has(WriteCost))
        {
            return ClaimReport.NotMeasured(2, title, quote, "experiments.csv has no write-cost rows.");
        }

        var maps = data.Variants(WriteCost);
        var sizes = data.Sizes(WriteCost);
        var figures = new List<string>
        {
            Markdown.Header([.. leading.Concat(maps.Select(m => $"{m} ns/write")).Concat(maps.Select(m => $"{m} B/write")).Concat(["hamt / cow time"])]),
        };
        var ratios = new List<Figure>();
        foreach (var size in sizes)
        {
            var ratio = Figure.Ratio(data.Values(WriteCost, "hamt", NsPerWrite, size), data.Values(WriteCost, "cow", NsPerWrite, size));
            if (ratio is not null)
            {
                ratios.Add(ratio);
            }

            figures.Add(Markdown.Row([
                Markdown.Size(size),
                .. maps.Select(m => Markdown.Fig(data.Figure(WriteCost, m, NsPerWrite, size), "N0")),
                .. maps.Select(m => Markdown.Number(data.Figure(WriteCost, m, BytesPerWrite, size)?.Median, "N0")),
                Markdown.Fig(ratio)]));
        }

        var crossover = ratios.Count == sizes.Count ? VerdictRules.CrossoverIndex(ratios) : null;
        var crossoverText = crossover is { } index ? $"HAMT cheaper than the `cow` clone from {Markdown.Size(sizes[index])} entries on" : "HAMT never reliably cheaper than the `cow` clone";
        figures.Add(string.Empty);
        figures.Add($"Crossover: {crossoverText}. Ratio bounds: 95% interval of the pairwise ratios of repetitions.");
        var categories = sizes.Select(Markdown.Size).ToList();
        ExperimentChart.Series Line(string map, ExperimentMetric metric) => new(map, [.. sizes.Select((s, i) => (i, Figure: data.Figure(WriteCost, map, metric, s)))
            .Where(p => p.Figure is not null).Select(p => new SeriesPoint(p.i, p.Figure!.Median, p.Figure.Lower, p.Figure.Upper))]);
        var charts = new[]
        {
            ExperimentChart.Lines(context.ChartsFolder, "claim2-write-cost-time.png", "Cost of one new version: time", context.Caption, "entries", "ns per write (one writer)", categories, [.. maps.Select(m => Line(m, NsPerWrite))]),
            ExperimentChart.Lines(context.ChartsFolder, "claim2-write-cost-bytes.png", "Cost of one new version: allocation", context.Caption, "entries", "bytes allocated per write", categories, [.. maps.Select(m => Line(m, BytesPerWrite))]),
        }.OfType<string>().ToList();
        return new ClaimReport(
            2, title, quote,
            "One writer updates an existing key (uniform keys) of a prefilled map for a fixed phase: `hamt` (CHAMP, path copy), `cow` (Dictionary clone: the plain rebuild), `frozen` (FrozenDictionary rebuilt), `immutable` (ImmutableDictionary). Time and bytes allocated per new version.",
            figures,
            [new ClaimPart("the persistent HAMT writes cheaper than the plain rebuild (`cow` clone)", string.Join(", ", sizes.Zip(ratios).Select(p => $"{Markdown.Fig(p.Second)} at {Markdown.Size(p.First)}")), VerdictRules.Crossover(ratios))],
            VerdictRules.CrossoverRule + " (cost = ns per write).",
            $"hamt / cow time per write: {string.Join(", ", sizes.Zip(ratios).Select(p => $"{Markdown.Fig(p.Second)} at {Markdown.Size(p.First)}"))}; {crossoverText}",
            charts);
    }
}
