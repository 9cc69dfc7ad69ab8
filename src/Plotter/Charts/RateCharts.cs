using System.Globalization;
using HdrHistogram;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Lab.Plotter.Charts;

/// <summary>
/// The charts of a rate run. Write rates are a category axis in ascending order (0, 1, 10, ... and
/// max): the measured rates are decades apart, so equal steps are a log axis, with 0 and max at its
/// ends. Latencies (p99.9, lag, percentile plots) are always on a log axis; throughput and GC pause
/// time when they span a decade (<see cref="ValueScale"/>). One line per
/// map; the noop map (dashed grey) is the harness's floor where it applies.
/// </summary>
internal static class RateCharts
{
    private static readonly double[] percentileTicks = [0, 90, 99, 99.9, 99.99, 99.999, 99.9999];

    /// <summary>Renders every rate chart into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<ChartFile> RenderAll(RateResults results, string caption, string folder)
    {
        var charts = new List<ChartFile>();
        foreach (var gc in results.GcModes)
        {
            var suffix = gc == GcModes.All[0] ? string.Empty : "-gc-" + gc;
            var gcTitle = gc == GcModes.All[0] ? string.Empty : $", GC {gc}";
            var most = results.ReaderCounts[^1];
            foreach (var size in results.Sizes)
            {
                foreach (var readers in results.ReaderCounts)
                {
                    AddIfAny(charts, ByRate(results, caption, folder, row => row.ReaderP999Ns, includeNoop: true, logValues: true, size, readers, gc,
                        $"Reader p99.9 latency vs write rate, {Label(size)} entries, {readers} reader{(readers == 1 ? string.Empty : "s")}{gcTitle}",
                        "reader p99.9 latency, ns", $"rate-reader-p999-{Label(size)}-r{readers}{suffix}.png", ChartKind.RateReaderTail));
                    AddIfAny(charts, ByRate(results, caption, folder, row => row.ReaderOpsPerSecond / 1e6, includeNoop: false, logValues: false, size, readers, gc,
                        $"Reader throughput vs write rate, {Label(size)} entries, {readers} reader{(readers == 1 ? string.Empty : "s")}{gcTitle}",
                        "reads, million/s (all readers)", $"rate-reader-throughput-{Label(size)}-r{readers}{suffix}.png", ChartKind.RateReaderThroughput));
                }

                AddIfAny(charts, ByRate(results, caption, folder, row => row.LagSamples > 0 ? row.LagP99Ns : null, includeNoop: false, logValues: true, size, most, gc,
                    $"Visibility lag p99 vs write rate, {Label(size)} entries, {most} readers{gcTitle}",
                    "write start until a reader saw it, p99, ns", $"rate-lag-{Label(size)}-r{most}{suffix}.png", ChartKind.RateVisibilityLag));
                AddIfAny(charts, ByRate(results, caption, folder, row => row.GcPauseMsPerSecond, includeNoop: false, logValues: false, size, most, gc,
                    $"GC pause time per second vs write rate, {Label(size)} entries, {most} readers{gcTitle}",
                    "GC pause, ms per second of run", $"rate-gc-pause-{Label(size)}-r{most}{suffix}.png", ChartKind.RateGcPause));
                foreach (var rate in results.RateLabels)
                {
                    AddIfAny(charts, Percentiles(results, caption, folder, size, most, rate, gc, suffix, gcTitle));
                }
            }
        }

        return charts;
    }

    /// <summary>The chart file name of the percentile plot at one size, reader count and rate.</summary>
    public static string PercentilesFileName(int size, int readers, string rate, string suffix = "")
        => $"rate-percentiles-{Label(size)}-r{readers}-w{rate}{suffix}.png";

    private static void AddIfAny(List<ChartFile> charts, ChartFile? chart)
    {
        if (chart is not null)
        {
            charts.Add(chart);
        }
    }

    private static ChartFile? ByRate(
        RateResults results, string caption, string folder, Func<LatencyRow, double?> value, bool includeNoop, bool logValues,
        int size, int readers, string gc, string title, string valueAxis, string fileName, ChartKind kind)
    {
        var rates = results.RateLabels;
        var series = results.Maps
            .Where(map => includeNoop || map != HarnessMap.Id)
            .Select(map => new MapSeries(map, [.. rates
                .Select((rate, i) => (Row: results.Find(map, size, readers, rate, gc), X: i))
                .Where(p => p.Row is not null && value(p.Row) is not null)
                .Select(p => new SeriesPoint(p.X, value(p.Row!)!.Value))]))
            .Where(s => s.Points.Count > 0)
            .ToList();
        if (series.Count == 0)
        {
            return null;
        }

        var scale = logValues ? ValueScale.Log(series.SelectMany(s => s.AllValues)) : ValueScale.For(series.SelectMany(s => s.AllValues));
        var plot = ChartFrame.Create(title, caption, "writer's target, writes/s (max: as fast as it can)", scale.AxisLabel(valueAxis));
        var highest = SeriesPlotter.DrawLines(plot, series, scale);
        scale.Apply(plot, highest);
        CategoryAxis.Apply(plot, rates);
        ChartFrame.ShowLegend(plot);
        return ChartFrame.Save(plot, folder, fileName, kind);
    }

    private static ChartFile? Percentiles(RateResults results, string caption, string folder, int size, int readers, string rate, string gc, string suffix, string gcTitle)
    {
        var series = new List<(string Map, double[] Xs, double[] Ys)>();
        foreach (var map in results.Maps)
        {
            if (results.Find(map, size, readers, rate, gc) is not { } row)
            {
                continue;
            }

            var histogram = HistogramLogs.ReadReader(row.HistogramPathIn(results.Folder), row.Cell.ToString());
            var points = histogram.Percentiles(5)
                .Where(p => p.PercentileLevelIteratedTo < 100)
                .Select(p => (X: Math.Log10(100 / (100 - p.PercentileLevelIteratedTo)), Y: Math.Log10(Math.Max(1, p.ValueIteratedTo))))
                .ToList();
            if (points.Count > 0)
            {
                series.Add((map, [.. points.Select(p => p.X)], [.. points.Select(p => p.Y)]));
            }
        }

        if (series.Count == 0)
        {
            return null;
        }

        var plot = ChartFrame.Create(
            $"Read latency by percentile, {Label(size)} entries, {readers} readers, {rate} writes/s{gcTitle}",
            caption,
            "percentile (axis: 1 / (1 - p), log)",
            "read latency, ns, log scale");
        foreach (var (map, xs, ys) in series)
        {
            var style = MapPalette.For(map);
            var line = plot.Add.Scatter(xs, ys, style.Color);
            line.LegendText = SeriesPlotter.Label(map);
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.LinePattern = style.Pattern;
        }

        var top = Math.Max(1, series.Max(s => s.Xs.Max()));
        var ticks = new NumericManual();
        foreach (var p in percentileTicks)
        {
            var x = Math.Log10(100 / (100 - p));
            if (x <= top + 1e-9)
            {
                ticks.AddMajor(x, p.ToString("0.####", CultureInfo.InvariantCulture) + "%");
            }
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(0, top);
        LogAxis(plot, series.Min(s => s.Ys.Min()), series.Max(s => s.Ys.Max()));

        ChartFrame.ShowLegend(plot);
        return ChartFrame.Save(plot, folder, PercentilesFileName(size, readers, rate, suffix), ChartKind.RatePercentiles);
    }

    private static void LogAxis(Plot plot, double low, double high)
    {
        var floor = Math.Floor(low);
        var ceiling = Math.Max(floor + 1, Math.Ceiling(high));
        var ticks = new NumericManual();
        for (var exponent = floor; exponent <= ceiling; exponent++)
        {
            ticks.AddMajor(exponent, Math.Pow(10, exponent).ToString("#,0", CultureInfo.InvariantCulture));
            for (var multiple = 2; multiple <= 9; multiple++)
            {
                var position = exponent + Math.Log10(multiple);
                if (position < ceiling)
                {
                    ticks.AddMinor(position);
                }
            }
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.SetLimitsY(floor, ceiling);
    }

    /// <summary>A size as the charts write it: 1k, 100k, 1m.</summary>
    public static string Label(int size) => size switch
    {
        >= 1_000_000 when size % 1_000_000 == 0 => $"{size / 1_000_000}m",
        >= 1_000 when size % 1_000 == 0 => $"{size / 1_000}k",
        _ => size.ToString(CultureInfo.InvariantCulture),
    };
}
