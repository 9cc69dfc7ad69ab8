namespace Lab.Benchmarks.Tests.Rate;

public sealed class LatencyRowContractTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("lab-latency-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Header_is_the_contract_in_order()
    {
        Write(Row());
        Assert.Equal(
            "cell,map,size,readers,write_rate,target_writes_per_s,gc_mode,replicate,window_s,reads_timed_every,reader_ops_per_s,reader_samples,reader_p50_ns,reader_p90_ns,reader_p99_ns,reader_p99_9_ns,reader_p99_99_ns,reader_max_ns,writes,achieved_writes_per_s,rate_met,writer_p50_ns,writer_p99_ns,writer_max_ns,writer_service_p99_ns,lag_samples,lag_p50_ns,lag_p99_ns,lag_max_ns,gen0_collections,gen1_collections,gen2_collections,gc_pause_total_ms,gc_pause_max_ms,allocated_bytes_per_s,loh_bytes_end,timer_ns_per_call,warmup_settled,warmup_ms,warmup_writes,steady_state,steady_state_note,histogram",
            File.ReadLines(Path.Combine(directory, ResultFiles.Latency)).First());
    }

    [Fact]
    public void A_cell_without_writer_leaves_the_writer_fields_empty_and_flags_a_missed_rate_in_words()
    {
        Write(Row(), Row() with { Cell = new RateCellId("cow", 1_000, 2, "100", "workstation"), Writes = 61, AchievedWritesPerSecond = 61, RateMet = false, WriterP50Ns = 5_000_000 });
        var lines = File.ReadAllLines(Path.Combine(directory, ResultFiles.Latency));
        var header = lines[0].Split(',');
        string Field(int line, string column) => lines[line].Split(',')[Array.IndexOf(header, column)];
        Assert.Equal(string.Empty, Field(1, "rate_met"));
        Assert.Equal(string.Empty, Field(1, "writer_p50_ns"));
        Assert.Equal(string.Empty, Field(1, "achieved_writes_per_s"));
        Assert.Equal("false", Field(2, "rate_met"));
        Assert.Equal("61", Field(2, "achieved_writes_per_s"));
        Assert.Equal("0.5", Field(1, "timer_ns_per_call"));
    }

    internal static LatencyRow Row() => new()
    {
        Cell = new RateCellId("cow", 1_000, 2, "0", "workstation"),
        WindowSeconds = 2,
        ReadsTimedEvery = 1,
        ReaderOpsPerSecond = 1e7,
        ReaderSamples = 20_000_000,
        ReaderP50Ns = 60,
        ReaderP90Ns = 80,
        ReaderP99Ns = 200,
        ReaderP999Ns = 900,
        ReaderP9999Ns = 5_000,
        ReaderMaxNs = 2_000_000,
        Writes = 0,
        LagSamples = 0,
        Gen0Collections = 0,
        Gen1Collections = 0,
        Gen2Collections = 0,
        GcPauseTotalMs = 0,
        AllocatedBytesPerSecond = 100,
        LohBytesEnd = 0,
        TimerNsPerCall = 0.5,
        WarmupSettled = true,
        Histogram = "histograms/rate_cow_1000_2_0_workstation.hlog",
    };

    private void Write(params LatencyRow[] rows)
        => LatencyRow.Table.WriteFile(Path.Combine(directory, ResultFiles.Latency), rows);
}
