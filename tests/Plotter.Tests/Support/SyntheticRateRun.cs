using HdrHistogram;

namespace Lab.Plotter.Tests.Support;

/// <summary>
/// Synthetic rate rows for the decision and agreement tests: one group (10K entries, 2 readers, the given
/// rate, workstation GC), reader throughput and p99.9 chosen per map and replicate; <see cref="WriteFolder"/>
/// writes them as a run folder through Lab.Results' writers, with a histogram log per row.
/// </summary>
public static class SyntheticRateRun
{
    /// <summary>A row of <paramref name="map"/>, replicate <paramref name="replicate"/>, with the given reader figures.</summary>
    public static LatencyRow Row(string map, int replicate, double readsPerSecond, long p999 = 1_000, string rate = "1000", int size = 10_000, bool? rateMet = null)
    {
        var cell = new RateCellId(map, size, 2, rate, "workstation");
        var writer = rate != "0";
        return new LatencyRow
        {
            Cell = cell,
            Replicate = replicate,
            WindowSeconds = 1,
            ReadsTimedEvery = 1,
            ReaderOpsPerSecond = readsPerSecond,
            ReaderSamples = 100,
            ReaderP50Ns = 50,
            ReaderP90Ns = 80,
            ReaderP99Ns = 200,
            ReaderP999Ns = p999,
            ReaderP9999Ns = p999 * 2,
            ReaderMaxNs = p999 * 10,
            Writes = writer ? 1_000 : 0,
            AchievedWritesPerSecond = writer ? 1_000 : null,
            RateMet = rate is "0" or "max" ? null : rateMet ?? true,
            WriterP50Ns = writer ? 1_000 : null,
            WriterP99Ns = writer ? 5_000 : null,
            WriterMaxNs = writer ? 9_000 : null,
            WriterServiceP99Ns = writer ? 4_000 : null,
            TimerNsPerCall = 20,
            WarmupSettled = true,
            WarmupMs = 400,
            WarmupWrites = writer ? 400 : 0,
            SteadyState = true,
            Histogram = cell.HistogramPathFor(replicate),
        };
    }

    /// <summary>Rows of every map in <paramref name="throughputs"/> (reads/s per replicate, in replicate order).</summary>
    public static IReadOnlyList<LatencyRow> Rows(IReadOnlyDictionary<string, double[]> throughputs, string rate = "1000")
        => [.. throughputs.SelectMany(map => map.Value.Select((reads, i) => Row(map.Key, i + 1, reads, rate: rate)))];

    /// <summary>Writes <paramref name="rows"/> as a rate run folder under <paramref name="root"/>: latency.csv, environment.csv, a histogram log per row.</summary>
    public static string WriteFolder(string root, string name, IReadOnlyList<LatencyRow> rows)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(Path.Combine(folder, ResultFiles.HistogramFolder));
        var environment = EnvironmentRow.Read(Path.Combine(FixtureFolder.Source, ResultFiles.Environment));
        ResultFiles.WriteRateRun(folder, rows, environment);
        foreach (var row in rows)
        {
            var reader = new LongHistogram(1, 60_000_000_000, 3) { Tag = "reader" };
            for (var i = 0; i < row.ReaderSamples; i++)
            {
                reader.RecordValue(100);
            }

            using var file = File.Create(row.HistogramPathIn(folder));
            HistogramLogWriter.Write(file, new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc), [reader, new LongHistogram(1, 60_000_000_000, 3) { Tag = "lag" }]);
        }

        return folder;
    }
}
