using static Lab.Results.ExperimentMetrics;
using static Lab.Results.ExperimentNames;

namespace Lab.Plotter.Analysis;

/// <summary>Claim 3: batching, "GC pressure reduced ~100x" with 100 updates per batch.</summary>
internal static class BatchingClaim
{
    private const string title = "Batched writes (task 17)";
    private const string quote = "\"One allocation per batch, regardless of batch size. With 100 updates per batch, GC pressure reduced ~100x.\"";
    private const double claimedBatch = 100;

    public static ClaimReport Evaluate(ExperimentsContext context)
    {
        var data = context.Data;
        if (!data.Has(Batching))
        {
            return ClaimReport.NotMeasured(3, title, quote, "experiments.csv has no batching rows.");
        }

        var variants = data.Variants(Batching);
        var batches = data.Params(Batching);
        var figures = new List<string> { Markdown.Header("variant", "batch", "B/update", "gen0/1k updates", "gen2/1k updates", "bytes reduction vs batch 1") };
        var parts = new List<ClaimPart>();
        var headline = new List<string>();
        foreach (var variant in variants)
        {
            var single = data.Values(Batching, variant, BytesPerUpdate, param: 1);
            foreach (var batch in batches)
            {
                var reduction = Figure.Ratio(single, data.Values(Batching, variant, BytesPerUpdate, param: batch));
                figures.Add(Markdown.Row(
                    $"`{variant}`", batch,
                    Markdown.Fig(data.Figure(Batching, variant, BytesPerUpdate, param: batch), "N0"),
                    Markdown.Number(data.Figure(Batching, variant, Gen0PerUpdate, param: batch)?.Median * 1000),
                    Markdown.Number(data.Figure(Batching, variant, Gen2PerUpdate, param: batch)?.Median * 1000),
                    Markdown.Fig(reduction)));
                if (batch == claimedBatch)
                {
                    parts.Add(new ClaimPart($"~100x less GC pressure (bytes per update) at batch 100, `{variant}`", $"{Markdown.Fig(reduction)}x", VerdictRules.Factor(reduction, claimedBatch)));
                    headline.Add($"`{variant}` {Markdown.Fig(reduction)}x");
                }
            }
        }

        var chart = ExperimentChart.Lines(
            context.ChartsFolder, "claim3-batching-bytes.png", "Bytes allocated per logical update vs batch size", context.Caption, "updates per batch", "bytes per logical update",
            [.. batches.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [.. variants.Select(v => new ExperimentChart.Series(v, [.. batches.Select((b, i) => (i, Figure: data.Figure(Batching, v, BytesPerUpdate, param: b)))
                .Where(p => p.Figure is not null).Select(p => new SeriesPoint(p.i, p.Figure!.Median, p.Figure.Lower, p.Figure.Upper))]))]);
        return new ClaimReport(
            3, title, quote,
            "One writer; a batch of N updates published once. `map-cow`: `ApplyBatch` of N sets on `cow` (one Dictionary clone per batch); `map-batched`: `ApplyBatch` on `batched`; `store-batchupdate`: `SnapshotStore.BatchUpdate` of N record changes (each change builds a new record with `ImmutableDictionary.SetItem`); `store-builder`: one `Update` that applies N changes through an `ImmutableDictionary` builder. Batch size 1 is the one-update-at-a-time baseline. Bytes allocated and collections per logical update (all threads).",
            figures,
            parts,
            $"per variant, \"~100x\": {VerdictRules.FactorRule} (F = 100, the bytes-per-update reduction from batch 1 to batch 100; a whole range beyond F/2..2F misses by far and does not hold); {VerdictRules.WeakestRule}.",
            $"bytes per update, batch 1 / batch 100: {string.Join(", ", headline)}",
            chart is null ? [] : [chart]);
    }
}
