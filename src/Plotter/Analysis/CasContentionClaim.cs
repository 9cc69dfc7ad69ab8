using static Lab.Results.ExperimentMetrics;
using static Lab.Results.ExperimentNames;

namespace Lab.Plotter.Analysis;

/// <summary>Claim 5: CAS writers match a mutex at low contention and suffer retries at high contention.</summary>
internal static class CasContentionClaim
{
    private const string title = "Lock-free CAS writer (task 23)";
    private const string quote = "\"Show that under low contention it matches mutex performance; under high contention it suffers retries.\"";

    public static ClaimReport Evaluate(ExperimentsContext context)
    {
        var data = context.Data;
        if (!data.Has(CasContention))
        {
            return ClaimReport.NotMeasured(5, title, quote, "experiments.csv has no cas-contention rows.");
        }

        var pairs = new List<(string Cas, string Locked, int Size)>();
        foreach (var size in data.Sizes(CasContention, "cas"))
        {
            pairs.Add(("cas", "cow", size));
        }

        foreach (var size in data.Sizes(CasContention, "store-cas"))
        {
            pairs.Add(("store-cas", "store-locked", size));
        }

        var writers = data.Threads(CasContention);
        var figures = new List<string> { Markdown.Header("CAS vs locked", "entries", "writers", "CAS writes/s", "locked writes/s", "CAS / locked", "CAS retries/write", "CAS B/write", "locked B/write", "wasted B/write") };
        var parts = new List<ClaimPart>();
        var headline = new List<string>();
        foreach (var (cas, locked, size) in pairs)
        {
            Figure? Ratio(int w) => Figure.Ratio(data.Values(CasContention, cas, WritesPerSecond, size, w), data.Values(CasContention, locked, WritesPerSecond, size, w));
            foreach (var w in writers)
            {
                var casBytes = data.Figure(CasContention, cas, BytesPerWrite, size, w)?.Median;
                var lockedBytes = data.Figure(CasContention, locked, BytesPerWrite, size, w)?.Median;
                figures.Add(Markdown.Row(
                    $"`{cas}` vs `{locked}`", Markdown.Size(size), w,
                    Markdown.Fig(data.Figure(CasContention, cas, WritesPerSecond, size, w), "N0"),
                    Markdown.Fig(data.Figure(CasContention, locked, WritesPerSecond, size, w), "N0"),
                    Markdown.Fig(Ratio(w)),
                    Markdown.Fig(data.Figure(CasContention, cas, CasRetriesPerWrite, size, w)),
                    Markdown.Number(casBytes, "N0"), Markdown.Number(lockedBytes, "N0"),
                    Markdown.Number(casBytes - lockedBytes, "N0")));
            }

            var retries = data.Figure(CasContention, cas, CasRetriesPerWrite, size, writers[^1])?.Median;
            parts.Add(new ClaimPart($"`{cas}` matches `{locked}` at low contention ({writers[0]} writer), {Markdown.Size(size)}", $"{Markdown.Fig(Ratio(writers[0]))}x", VerdictRules.CasMatches(Ratio(writers[0]))));
            foreach (var w in writers.Where(w => w > 1))
            {
                var retriesAt = data.Figure(CasContention, cas, CasRetriesPerWrite, size, w)?.Median;
                parts.Add(new ClaimPart($"`{cas}` suffers under contention ({w} writers), {Markdown.Size(size)}", $"{Markdown.Fig(Ratio(w))}x, {Markdown.Number(retriesAt)} retries/write", VerdictRules.CasSuffers(Ratio(w), retriesAt)));
            }
            headline.Add($"`{cas}`/`{locked}` {Markdown.Size(size)}: {Markdown.Fig(Ratio(writers[0]))}x at {writers[0]} writer, {Markdown.Fig(Ratio(writers[^1]))}x and {Markdown.Number(retries)} retries/write at {writers[^1]}");
        }

        var categories = writers.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        ExperimentChart.Series Line(string variant, int size, ExperimentMetric metric) => new($"{variant} {Markdown.Size(size)}", [.. writers.Select((w, i) => (i, Figure: data.Figure(CasContention, variant, metric, size, w)))
            .Where(p => p.Figure is not null).Select(p => new SeriesPoint(p.i, p.Figure!.Median, p.Figure.Lower, p.Figure.Upper))]);
        var charts = new[]
        {
            ExperimentChart.Lines(context.ChartsFolder, "claim5-cas-throughput.png", "CAS vs locked writers: throughput", context.Caption, "writer threads", "writes per second (all writers)", categories,
                [.. pairs.SelectMany(p => new[] { Line(p.Cas, p.Size, WritesPerSecond), Line(p.Locked, p.Size, WritesPerSecond) })]),
            ExperimentChart.Lines(context.ChartsFolder, "claim5-cas-retries.png", "CAS retries per successful write", context.Caption, "writer threads", "retries per successful write", categories,
                [.. pairs.Select(p => Line(p.Cas, p.Size, CasRetriesPerWrite))], allowLog: false),
        }.OfType<string>().ToList();
        figures.Add(string.Empty);
        figures.Add("Wasted bytes per successful write = CAS bytes/write - locked bytes/write (the clones of lost races). Writers beyond the logical core count are time-sliced: a writer preempted between its read and its CAS loses the race.");
        return new ClaimReport(
            5, title, quote,
            "Writer threads only, each updating existing keys of its own key stream for a fixed phase: the lock-free `cas` map (clone, CompareExchange, retry) against the locked `cow` map, and the store's `UpdateCas` against its locked `Update` (a record holding a 1,000-entry ImmutableDictionary). Retries from the maps' own counters and the store's `CasRetryCount`; bytes allocated per successful write over all threads.",
            figures,
            parts,
            $"per pair: {VerdictRules.CasRule}; {VerdictRules.WeakestRule}.",
            string.Join("; ", headline),
            charts);
    }
}
