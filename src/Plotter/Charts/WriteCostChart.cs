
namespace Lab.Plotter.Charts;

/// <summary>
/// Chart 6: the maps' own cost counters per write against map size, one chart per (counter, keys,
/// threads), at the mix with the most writes (the lowest read share; an update mix before churn at the
/// same share, churn when the run has no update mix with writes, as the quick profile): entries copied, CAS retries and
/// rebuilds per write show why each design costs what it costs. Maps without the counter are left out;
/// a counter no map reports gets no chart.
/// </summary>
internal static class WriteCostChart
{
    private static readonly (string Stem, string Title, string Unit, Func<WriteCounters, double?> Counter)[] counters =
    [
        ("entries-copied", "Entries copied per write", "entries copied per write", perWrite => perWrite.EntriesCopiedPerWrite),
        ("cas-retries", "CAS retries per write", "CAS retries per write", perWrite => perWrite.CasRetriesPerWrite),
        ("rebuilds", "Rebuilds per write", "rebuilds (publishes) per write", perWrite => perWrite.RebuildsPerWrite),
    ];

    public static IEnumerable<ChartFile> Render(ChartContext context)
    {
        var matrix = context.Matrix;
        var mix = matrix.Mixes
            .Where(m => matrix.ReadPercentOf(m) is < 100)
            .OrderBy(m => matrix.ReadPercentOf(m))
            .ThenBy(m => matrix.IsUpdateMix(m) ? 0 : 1)
            .FirstOrDefault();
        if (mix is null)
        {
            yield break;
        }

        var sizeLabels = matrix.Sizes.Select(Mixes.SizeLabel).ToList();
        foreach (var (stem, title, unit, counter) in counters)
        {
            foreach (var keys in matrix.Keys)
            {
                foreach (var threads in matrix.Threads)
                {
                    var series = matrix.Maps
                        .Select(map => new MapSeries(map, [.. matrix.Sizes
                            .Select((size, i) => (Value: matrix.Find(map, mix, size, threads, keys) is { } row ? counter(row.Counters) : null, X: i))
                            .Where(p => p.Value is not null)
                            .Select(p => new SeriesPoint(p.X, p.Value!.Value))]))
                        .Where(s => s.Points.Count > 0)
                        .ToList();
                    if (series.Count == 0)
                    {
                        continue;
                    }

                    var scale = ValueScale.For(series.SelectMany(s => s.AllValues));
                    var plot = ChartFrame.Create(
                        $"{title} vs size: {matrix.MixLabel(mix)}, {Mixes.ThreadsLabel(threads)}, {ChartNames.KeysLabel(keys)}",
                        context.Caption,
                        "map size, entries",
                        scale.AxisLabel(unit));
                    var highest = SeriesPlotter.DrawLines(plot, series, scale);
                    scale.Apply(plot, highest);
                    CategoryAxis.Apply(plot, sizeLabels);
                    ChartFrame.ShowLegend(plot);
                    yield return ChartFrame.Save(plot, context, ChartNames.File(stem, keys, mix, $"t{threads}"), ChartKind.WriteCosts);
                }
            }
        }
    }
}
