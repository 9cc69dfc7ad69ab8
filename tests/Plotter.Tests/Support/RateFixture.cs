using System.Globalization;
using HdrHistogram;

namespace Lab.Plotter.Tests.Support;

/// <summary>
/// A synthetic rate run in a fresh temporary folder: environment.csv, latency.csv with every column
/// filled where the contract allows, and a histogram log per cell. Latencies and throughputs follow
/// <see cref="P999"/> and <see cref="Throughput"/>, so the report's rule has known answers.
/// </summary>
public sealed class RateFixture : IDisposable
{
    public static readonly string[] Maps = ["cow", "rwlock", "concurrent", "hamt", "layered", "frozen", "noop"];
    public static readonly int[] Sizes = [1_000, 100_000];
    public static readonly int[] Readers = [1, 2];
    public static readonly string[] Rates = ["0", "100", "1000", "max"];

    public RateFixture()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lab-plotter-rate-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "histograms"));
        System.IO.File.Copy(System.IO.Path.Combine(FixtureFolder.Source, "environment.csv"), File("environment.csv"));
        var lines = new List<string> { string.Join(',', LatencyRow.Table.ColumnNames) };
        foreach (var size in Sizes)
        {
            foreach (var readers in Readers)
            {
                foreach (var map in Maps)
                {
                    foreach (var rate in Rates)
                    {
                        lines.Add(Line(map, size, readers, rate));
                    }
                }
            }
        }

        System.IO.File.WriteAllLines(File(ResultFiles.Latency), lines);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>
    /// Reader p99.9, ns: 1 µs at rate 0 for every map; <c>cow</c> and <c>frozen</c> triple from 1,000
    /// writes/s at 100K; <c>rwlock</c> triples from 100 writes/s everywhere.
    /// </summary>
    public static double P999(string map, int size, string rate)
        => (map, size, rate) switch
        {
            ("cow" or "frozen", 100_000, "1000" or "max") => 3_000,
            ("rwlock", _, not "0") => 3_000,
            _ => 1_000,
        };

    /// <summary>
    /// Reader reads/s: <c>cow</c> 10M (the best) but 2M from 1,000 writes/s at 100K; <c>concurrent</c> 9M;
    /// <c>hamt</c> 7M (more than 20% below the best: "none"); others 8.5M; noop 50M.
    /// </summary>
    public static double Throughput(string map, int size, string rate)
        => (map, size, rate) switch
        {
            ("noop", _, _) => 50e6,
            ("cow", 100_000, "1000" or "max") => 2e6,
            ("cow", _, _) => 10e6,
            ("concurrent", _, _) => 9e6,
            ("hamt", _, _) => 7e6,
            _ => 8.5e6,
        };

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    /// <summary>Replaces the field of <paramref name="column"/> on the 1-based line <paramref name="line"/> of latency.csv.</summary>
    public void SetField(int line, string column, string value)
    {
        var lines = System.IO.File.ReadAllLines(File(ResultFiles.Latency));
        var header = lines[0].Split(',');
        var fields = lines[line - 1].Split(',');
        fields[Array.IndexOf(header, column)] = value;
        lines[line - 1] = string.Join(',', fields);
        System.IO.File.WriteAllLines(File(ResultFiles.Latency), lines);
    }

    private string Line(string map, int size, int readers, string rate)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"rate/{map}/{size}/{readers}/{rate}/workstation");
        var histogram = "histograms/" + id.Replace('/', '_') + ".hlog";
        var p999 = P999(map, size, rate);
        WriteLog(File(histogram), p999, rate != "0");
        var writer = rate != "0";
        var numeric = rate is not ("0" or "max");
        var values = new Dictionary<string, string>
        {
            ["cell"] = id,
            ["map"] = map,
            ["size"] = I(size),
            ["readers"] = I(readers),
            ["write_rate"] = rate,
            ["target_writes_per_s"] = rate == "max" ? string.Empty : rate,
            ["gc_mode"] = "workstation",
            ["replicate"] = "1",
            ["window_s"] = "2",
            ["reads_timed_every"] = "1",
            ["reader_ops_per_s"] = D(Throughput(map, size, rate)),
            ["reader_samples"] = "20000",
            ["reader_p50_ns"] = "100",
            ["reader_p90_ns"] = "200",
            ["reader_p99_ns"] = "500",
            ["reader_p99_9_ns"] = D(p999),
            ["reader_p99_99_ns"] = D(p999 * 5),
            ["reader_max_ns"] = "2000000",
            ["writes"] = writer ? "200" : "0",
            ["achieved_writes_per_s"] = writer ? "100" : string.Empty,
            ["rate_met"] = numeric ? "true" : string.Empty,
            ["writer_p50_ns"] = writer ? "50000" : string.Empty,
            ["writer_p99_ns"] = writer ? "900000" : string.Empty,
            ["writer_max_ns"] = writer ? "3000000" : string.Empty,
            ["writer_service_p99_ns"] = writer ? "800000" : string.Empty,
            ["lag_samples"] = writer && map != "noop" ? "150" : "0",
            ["lag_p50_ns"] = writer && map != "noop" ? "20000" : string.Empty,
            ["lag_p99_ns"] = writer && map != "noop" ? "400000" : string.Empty,
            ["lag_max_ns"] = writer && map != "noop" ? "900000" : string.Empty,
            ["gen0_collections"] = writer ? "4" : "0",
            ["gen1_collections"] = writer ? "2" : "0",
            ["gen2_collections"] = writer ? "1" : "0",
            ["gc_pause_total_ms"] = writer ? "12.5" : "0",
            ["gc_pause_max_ms"] = writer ? "4.25" : string.Empty,
            ["allocated_bytes_per_s"] = "123456.5",
            ["loh_bytes_end"] = "3000000",
            ["timer_ns_per_call"] = "41.5",
            ["warmup_settled"] = "true",
            ["warmup_ms"] = "500",
            ["warmup_writes"] = writer ? "50" : "0",
            ["steady_state"] = map == "layered" && rate == "1000" && size == 100_000 ? "false" : "true",
            ["steady_state_note"] = map == "layered" && rate == "1000" && size == 100_000 ? "no compaction within the 4 s warm-up cap" : string.Empty,
            ["histogram"] = histogram,
        };
        return string.Join(',', LatencyRow.Table.ColumnNames.Select(column => values[column]));
    }

    private static void WriteLog(string path, double p999, bool withWriter)
    {
        var reader = new LongHistogram(1, 60_000_000_000, 3) { Tag = "reader" };
        for (var i = 0; i < 20_000; i++)
        {
            reader.RecordValue(i < 19_980 ? 100 + (i % 400) : (long)p999 * (1 + (i % 7)));
        }

        var lag = new LongHistogram(1, 60_000_000_000, 3) { Tag = "lag" };
        HistogramBase[] all = withWriter ? [reader, new LongHistogram(1, 60_000_000_000, 3) { Tag = "writer" }, lag] : [reader, lag];
        using var file = System.IO.File.Create(path);
        HistogramLogWriter.Write(file, new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc), all);
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
