using System.Globalization;
using HdrHistogram;
using Lab.Benchmarks.Tests.Cli;

namespace Lab.Benchmarks.Tests.Rate;

/// <summary>
/// The rate runner's whole path, tiny: child processes started with a GC mode other than the app's,
/// two maps, two rates, two replicates, 150 ms windows and a 300 ms warm-up cap; the run folder's
/// latency.csv, environment.csv and histogram logs. A few seconds plus one tiering warm-up per child.
/// </summary>
[Collection(RunnerTestGroup.Name)]
public sealed class RateRunEndToEndTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-rate-e2e-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_tiny_rate_run_writes_one_row_and_one_histogram_log_per_cell()
    {
        var results = Path.Combine(root, "results");
        var (code, output, error) = LabRunnerTests.Run(
            "rate", "--profile", "quick", "--maps", "noop,cow", "--sizes", "1000", "--rates", "0,100", "--readers", "1",
            "--gc", "concurrent-off", "--window-ms", "150", "--warmup-cap-ms", "300", "--replicates", "2", "--results", results);

        Assert.True(code == 0, $"exit {code}\n{error}\n{output}");
        Assert.Contains("8 cell measurements in 2 child processes", output, StringComparison.Ordinal);
        var run = Assert.Single(Directory.GetDirectories(results));

        var lines = File.ReadAllLines(Path.Combine(run, ResultFiles.Latency));
        Assert.Equal(string.Join(',', LatencyRow.Table.ColumnNames), lines[0]);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(line => Enumerable.Zip(header, line.Split(','), (name, value) => (name, value)).ToDictionary(pair => pair.name, pair => pair.value)).ToList();
        string[] cells = ["rate/noop/1000/1/0/concurrent-off", "rate/noop/1000/1/100/concurrent-off", "rate/cow/1000/1/0/concurrent-off", "rate/cow/1000/1/100/concurrent-off"];
        Assert.Equal(
            cells.SelectMany(cell => new[] { cell + " 1", cell + " 2" }).Order(StringComparer.Ordinal),
            rows.Select(row => row["cell"] + " " + row["replicate"]).Order(StringComparer.Ordinal));
        Assert.Equal(rows.Count, rows.Select(row => row["histogram"]).Distinct().Count());
        foreach (var row in rows)
        {
            Assert.True(long.Parse(row["reader_samples"], CultureInfo.InvariantCulture) > 0);
            Assert.True(double.Parse(row["timer_ns_per_call"], CultureInfo.InvariantCulture) > 0);
            Assert.Contains(row["steady_state"], new[] { "true", "false" });
            Assert.True(row["steady_state"] == "true" || row["steady_state_note"].Length > 0, "a cell outside its steady state says why");
            Assert.True(double.Parse(row["warmup_ms"], CultureInfo.InvariantCulture) > 0);
            Assert.Equal(row["write_rate"] == "0", row["warmup_writes"] == "0");
            using var log = File.OpenRead(Path.Combine(run, row["histogram"]));
            using var reader = new HistogramLogReader(log);
            var tags = reader.ReadHistograms().Select(histogram => histogram.Tag).ToList();
            Assert.Equal(row["write_rate"] == "0" ? ["reader", "lag"] : ["reader", "writer", "writer-service", "lag"], tags);
        }

        var written = rows.First(row => row["cell"] == "rate/cow/1000/1/100/concurrent-off");
        Assert.True(long.Parse(written["writes"], CultureInfo.InvariantCulture) > 0);
        Assert.NotEqual(string.Empty, written["rate_met"]);
        Assert.True(long.Parse(written["lag_samples"], CultureInfo.InvariantCulture) > 0);
        Assert.Equal(string.Empty, rows.First(row => row["cell"] == "rate/cow/1000/1/0/concurrent-off")["rate_met"]);
        Assert.Equal(LatencyRow.Read(run).Count, rows.Count);

        var environment = File.ReadAllLines(Path.Combine(run, ResultFiles.Environment));
        Assert.Contains("workstation non-concurrent", environment[1], StringComparison.Ordinal);
        Assert.Contains(",rate-quick,", environment[1], StringComparison.Ordinal);
    }
}
