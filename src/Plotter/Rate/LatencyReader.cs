using System.Globalization;
using Lab.Plotter.Data;

namespace Lab.Plotter.Rate;

/// <summary>
/// Reads latency.csv strictly (results/README.md): exactly the contract's columns, every required
/// field present and valid, the cell id consistent with its parts, known maps and GC modes, and every
/// row's histogram log present inside the folder. Any problem is a <see cref="CsvDataException"/>
/// naming the file, line and column. Each log is read once here: its <c>reader</c> histogram must hold
/// <c>reader_samples</c> values.
/// </summary>
internal static class LatencyReader
{
    public const string FileName = "latency.csv";

    public static IReadOnlyList<string> Columns { get; } =
    [
        "cell", "map", "size", "readers", "write_rate", "target_writes_per_s", "gc_mode", "window_s", "reads_timed_every",
        "reader_ops_per_s", "reader_samples", "reader_p50_ns", "reader_p90_ns", "reader_p99_ns", "reader_p99_9_ns", "reader_p99_99_ns", "reader_max_ns",
        "writes", "achieved_writes_per_s", "rate_met", "writer_p50_ns", "writer_p99_ns", "writer_max_ns", "writer_service_p99_ns",
        "lag_samples", "lag_p50_ns", "lag_p99_ns", "lag_max_ns", "gen0_collections", "gen1_collections", "gen2_collections",
        "gc_pause_total_ms", "gc_pause_max_ms", "allocated_bytes_per_s", "loh_bytes_end", "timer_ns_per_call", "warmup_settled", "histogram",
    ];

    /// <summary>The GC modes a rate run can record.</summary>
    public static IReadOnlyList<string> GcModes { get; } = ["workstation", "server", "concurrent-off"];

    public static IReadOnlyList<LatencyRow> Read(string folder)
    {
        var rows = CsvTableReader.Read(Path.Combine(folder, FileName), Columns, record => ReadRow(record, folder));
        var duplicate = rows.GroupBy(row => row.Cell).FirstOrDefault(group => group.Count() > 1);
        return duplicate is null
            ? rows
            : throw new CsvDataException(FileName, 0, "cell", $"cell '{duplicate.Key}' appears more than once");
    }

    private static LatencyRow ReadRow(CsvRecord record, string folder)
    {
        var map = record.Text("map");
        if (MapIds.OrderOf(map) >= MapIds.Ordered.Count || map == "dictionary")
        {
            throw record.Error("map", $"'{map}' is not a thread-safe catalog id or noop");
        }

        var size = Positive(record, "size");
        var readers = Positive(record, "readers");
        var rateLabel = record.Text("write_rate");
        double? rate = rateLabel == "max"
            ? null
            : long.TryParse(rateLabel, NumberStyles.None, CultureInfo.InvariantCulture, out var perSecond) ? perSecond : throw record.Error("write_rate", $"'{rateLabel}' is neither an integer rate nor max");
        if (record.OptionalDouble("target_writes_per_s") != rate)
        {
            throw record.Error("target_writes_per_s", rate is null ? "must be empty for write_rate max" : $"must equal write_rate {rateLabel}");
        }

        var gc = record.Text("gc_mode");
        if (!GcModes.Contains(gc))
        {
            throw record.Error("gc_mode", $"'{gc}' is not one of {string.Join(", ", GcModes)}");
        }

        var expectedCell = string.Create(CultureInfo.InvariantCulture, $"rate/{map}/{size}/{readers}/{rateLabel}/{gc}");
        var cell = record.Text("cell");
        if (cell != expectedCell)
        {
            throw record.Error("cell", $"'{cell}' does not match its columns ({expectedCell})");
        }

        var hasWriter = rate is not 0;
        var rateMet = Boolean(record, "rate_met", required: false);
        if (rateMet is not null && (rate is null or 0))
        {
            throw record.Error("rate_met", "must be empty for write_rate 0 and max");
        }

        return new LatencyRow
        {
            Cell = cell,
            Map = map,
            Size = size,
            Readers = readers,
            Rate = rate,
            RateLabel = rateLabel,
            GcMode = gc,
            WindowSeconds = Positive(record, "window_s", record.Double("window_s")),
            ReadsTimedEvery = Positive(record, "reads_timed_every"),
            ReaderOpsPerSecond = record.Double("reader_ops_per_s"),
            ReaderSamples = (long)record.Double("reader_samples"),
            ReaderP50Ns = record.Double("reader_p50_ns"),
            ReaderP90Ns = record.Double("reader_p90_ns"),
            ReaderP99Ns = record.Double("reader_p99_ns"),
            ReaderP999Ns = record.Double("reader_p99_9_ns"),
            ReaderP9999Ns = record.Double("reader_p99_99_ns"),
            ReaderMaxNs = record.Double("reader_max_ns"),
            Writes = (long)record.Double("writes"),
            AchievedWritesPerSecond = hasWriter ? record.Double("achieved_writes_per_s") : record.OptionalDouble("achieved_writes_per_s"),
            RateMet = rate is > 0 ? rateMet ?? throw record.Error("rate_met", "is empty; true or false is required when the writer has a target") : null,
            WriterP50Ns = record.OptionalDouble("writer_p50_ns"),
            WriterP99Ns = record.OptionalDouble("writer_p99_ns"),
            WriterMaxNs = record.OptionalDouble("writer_max_ns"),
            WriterServiceP99Ns = record.OptionalDouble("writer_service_p99_ns"),
            LagSamples = (long)record.Double("lag_samples"),
            LagP50Ns = record.OptionalDouble("lag_p50_ns"),
            LagP99Ns = record.OptionalDouble("lag_p99_ns"),
            LagMaxNs = record.OptionalDouble("lag_max_ns"),
            Gen0Collections = record.Int("gen0_collections"),
            Gen1Collections = record.Int("gen1_collections"),
            Gen2Collections = record.Int("gen2_collections"),
            GcPauseTotalMs = record.Double("gc_pause_total_ms"),
            GcPauseMaxMs = record.OptionalDouble("gc_pause_max_ms"),
            AllocatedBytesPerSecond = record.Double("allocated_bytes_per_s"),
            LohBytesEnd = record.Double("loh_bytes_end"),
            TimerNsPerCall = record.Double("timer_ns_per_call"),
            WarmupSettled = Boolean(record, "warmup_settled", required: true)!.Value,
            HistogramPath = Histogram(record, folder),
        };
    }

    private static int Positive(CsvRecord record, string column)
        => record.Int(column) is var value && value > 0 ? value : throw record.Error(column, "must be positive");

    private static double Positive(CsvRecord record, string column, double value)
        => value > 0 ? value : throw record.Error(column, "must be positive");

    private static bool? Boolean(CsvRecord record, string column, bool required) => record.Raw(column) switch
    {
        "true" => true,
        "false" => false,
        "" when !required => null,
        var text => throw record.Error(column, $"'{text}' is not true or false"),
    };

    private static string Histogram(CsvRecord record, string folder)
    {
        var relative = record.Text("histogram");
        if (Path.IsPathRooted(relative) || relative.Split('/', '\\').Contains(".."))
        {
            throw record.Error("histogram", $"'{relative}' must be a path inside the results folder");
        }

        var path = Path.Combine(folder, relative);
        if (!File.Exists(path))
        {
            throw record.Error("histogram", $"the histogram log '{relative}' does not exist");
        }

        var samples = record.Raw("reader_samples");
        var recorded = HistogramLogs.ReadReader(path, record.Raw("cell")).TotalCount;
        return recorded.ToString(CultureInfo.InvariantCulture) == samples
            ? path
            : throw record.Error("histogram", $"the log's reader histogram holds {recorded} values, reader_samples says {samples}");
    }
}
