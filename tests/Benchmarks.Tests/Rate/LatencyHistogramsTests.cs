using HdrHistogram;
using Lab.Benchmarks.Rate;

namespace Lab.Benchmarks.Tests.Rate;

public sealed class LatencyHistogramsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("lab-hdr-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Per_thread_histograms_merge_into_one_with_every_value()
    {
        var first = LatencyHistograms.Create("reader");
        var second = LatencyHistograms.Create("reader");
        for (var i = 1; i <= 1_000; i++)
        {
            LatencyHistograms.Record(first, 100);
            LatencyHistograms.Record(second, i == 1_000 ? 5_000_000 : 200);
        }

        var merged = LatencyHistograms.Merge("reader", [first, second]);

        Assert.Equal(2_000, merged.TotalCount);
        Assert.Equal(100, LatencyHistograms.Percentile(merged, 50));
        Assert.Equal(200, LatencyHistograms.Percentile(merged, 99));
        Assert.Equal(5_000_000, LatencyHistograms.Max(merged)!.Value, tolerance: 5_000);
        Assert.Equal("reader", merged.Tag);
        Assert.Equal(1_000, first.TotalCount);
    }

    [Fact]
    public void Values_outside_the_range_are_clamped_not_dropped()
    {
        var histogram = LatencyHistograms.Create("writer");
        LatencyHistograms.Record(histogram, 0);
        LatencyHistograms.Record(histogram, long.MaxValue);
        Assert.Equal(2, histogram.TotalCount);
        Assert.True(histogram.GetMaxValue() >= LatencyHistograms.HighestNanoseconds * 0.999);
    }

    [Fact]
    public void An_empty_histogram_has_no_percentiles()
    {
        var histogram = LatencyHistograms.Create("lag");
        Assert.Null(LatencyHistograms.Percentile(histogram, 99));
        Assert.Null(LatencyHistograms.Max(histogram));
    }

    [Fact]
    public void The_log_is_utf8_and_reads_back_with_tags_and_counts()
    {
        var reader = LatencyHistograms.Create("reader");
        var lag = LatencyHistograms.Create("lag");
        for (var i = 1; i <= 500; i++)
        {
            LatencyHistograms.Record(reader, i * 10);
        }

        LatencyHistograms.Record(lag, 1_234_567);
        var path = Path.Combine(directory, "cell.hlog");
        RateCellMeasurer.WriteLog(path, new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 30, 12, 0, 2, DateTimeKind.Utc), [reader, lag]);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal((byte)'#', bytes[0]);
        Assert.Contains("Tag=reader,", File.ReadAllText(path), StringComparison.Ordinal);
        using var stream = File.OpenRead(path);
        using var logReader = new HistogramLogReader(stream);
        var read = logReader.ReadHistograms().ToList();
        Assert.Equal(["reader", "lag"], read.Select(h => h.Tag));
        Assert.Equal(500, read[0].TotalCount);
        Assert.Equal(reader.GetValueAtPercentile(99), read[0].GetValueAtPercentile(99));
        Assert.Equal(lag.GetMaxValue(), read[1].GetMaxValue());
    }
}
