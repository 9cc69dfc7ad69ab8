using Lab.Benchmarks.Diagnostics;
using Lab.Benchmarks.Export;
using Lab.Maps;

namespace Lab.Benchmarks.Tests.Export;

public sealed class CsvFilesTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("lab-csv-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    internal static EnvironmentRow Environment => new()
    {
        RunId = "20261127T183000Z-1a2b3c4",
        DateUtc = "2026-11-27T18:30:00Z",
        Commit = "1a2b3c4",
        Profile = "quick",
        Cpu = "Test CPU, 2 cores",
        LogicalCores = 2,
        PhysicalCores = 1,
        Os = "Linux",
        Runtime = ".NET 10",
        GcMode = "workstation concurrent",
        BdnVersion = "0.15.8",
        Job = "Dry",
    };

    [Fact]
    public void Headers_are_the_contract_columns_in_order()
    {
        Write();
        Assert.Equal(
            "cell,scenario,map,mix,read_pct,size,threads,keys,ns_per_op,ns_per_op_median,ns_per_op_stddev,ns_per_op_ci_lower,ns_per_op_ci_upper,mops_per_s,mops_ci_lower,mops_ci_upper,iterations,bytes_per_op,gen0_per_1k_ops,gen1_per_1k_ops,gen2_per_1k_ops,lock_contentions_per_op,work_items_per_op,copies_per_write,entries_copied_per_write,cas_attempts_per_write,cas_retries_per_write,rebuilds_per_write,compactions_per_write,flips_per_write,reader_waits_per_write,harness_ns_per_op,benchmark,ops_per_invocation",
            File.ReadLines(Path.Combine(directory, ResultFiles.Summary)).First());
        Assert.Equal(
            "cell,scenario,map,mix,read_pct,size,threads,keys,launch,iteration,ns_per_op",
            File.ReadLines(Path.Combine(directory, ResultFiles.Measurements)).First());
        Assert.Equal(
            "run_id,date_utc,commit,profile,cpu,logical_cores,physical_cores,os,runtime,gc_mode,bdn_version,job,shard_count,host,arch,shard",
            File.ReadLines(Path.Combine(directory, ResultFiles.Environment)).First());
    }

    [Fact]
    public void Values_are_invariant_and_not_applicable_fields_are_empty()
    {
        Write();
        var lines = File.ReadAllLines(Path.Combine(directory, ResultFiles.Summary));
        Assert.Equal(2, lines.Length);
        var fields = lines[1].Split(',');
        Assert.Equal("matrix/cow/read90/1000/2/uniform", fields[0]);
        Assert.Equal("15", fields[8]); // ns_per_op: 15,000 ns / 1,000 ops
        Assert.Equal(string.Empty, fields[Array.IndexOf(lines[0].Split(','), "harness_ns_per_op")]); // no noop row
        Assert.Equal("0.5", fields[18]); // gen0 per 1k ops, '.' decimal point
        var environment = File.ReadAllLines(Path.Combine(directory, ResultFiles.Environment));
        Assert.Contains("\"Test CPU, 2 cores\"", environment[1], StringComparison.Ordinal);
    }

    private void Write()
    {
        var result = RowBuilderTests.Result(RowBuilderTests.Matrix("cow"), 10_000, 20_000);
        var summary = RowBuilder.Summary([result], _ => new CounterReading(new MapCostCounters(1, 1_000, 0, 0, 0, 0, 0, 0), 1));
        ResultFiles.WriteMatrixRun(directory, summary, RowBuilder.Measurements(result), Environment);
    }
}
