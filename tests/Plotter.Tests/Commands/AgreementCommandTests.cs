using Lab.CommandLine;
using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Commands;

/// <summary>The agreement command on two synthetic rate runs written through Lab.Results, whose flips are known.</summary>
public sealed class AgreementCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-agreement-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    // Four maps 1.25x apart or more in every replicate: all 6 throughput pairs confident; equal p99.9s: 6 ties.
    private static IReadOnlyList<LatencyRow> Run(double cow, double rwlock)
        => SyntheticRateRun.Rows(new Dictionary<string, double[]>
        {
            ["cow"] = [cow, cow * 1.01, cow * 0.99],
            ["rwlock"] = [rwlock, rwlock * 1.01, rwlock * 0.99],
            ["concurrent"] = [6e6, 6.1e6, 5.9e6],
            ["hamt"] = [4e6, 4.1e6, 3.9e6],
        });

    [Fact]
    public void One_swapped_pair_is_one_flip_of_six_confident_decisions()
    {
        var a = SyntheticRateRun.WriteFolder(root, "a", Run(cow: 10e6, rwlock: 8e6));
        var b = SyntheticRateRun.WriteFolder(root, "b", Run(cow: 8e6, rwlock: 10e6));
        var output = new StringWriter();
        var error = new StringWriter();
        var outDir = Path.Combine(root, "out");
        Assert.Equal(ExitCodes.Success, PlotterVerbs.Run(["agreement", a, b, "--out", outDir], output, error));
        Assert.Contains("agreement: 1 of 6 decisions confident in either run flip to the opposite confident decision in the other (16.7%); 12 decisions compared, 6 confident in both", output.ToString(), StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(outDir, AgreementCommand.FileName));
        Assert.Contains("| `cow` vs `rwlock` | ReaderThroughput |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_against_itself_flips_nothing()
    {
        var a = SyntheticRateRun.WriteFolder(root, "a", Run(cow: 10e6, rwlock: 8e6));
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, PlotterVerbs.Run(["agreement", a, a, "--out", root], output, TextWriter.Null));
        Assert.Contains("agreement: 0 of 6", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_confident_in_one_run_and_undecided_in_the_other_counts_but_does_not_flip()
    {
        var a = SyntheticRateRun.WriteFolder(root, "a", Run(cow: 10e6, rwlock: 8e6));
        var rows = Run(cow: 10e6, rwlock: 8e6).Select(row => row.Map == "rwlock" && row.Replicate == 2 ? row with { ReaderOpsPerSecond = 12e6 } : row).ToList();
        var b = SyntheticRateRun.WriteFolder(root, "b", rows);
        var agreement = RateAgreement.Of(RateResults.Load(a).Rows, RateResults.Load(b).Rows);
        Assert.Equal((6, 5, 0), (agreement.ConfidentInEither, agreement.ConfidentInBoth, agreement.Flips.Count));
    }

    [Fact]
    public void A_folder_that_is_not_a_rate_run_exits_2_and_writes_nothing()
    {
        var a = SyntheticRateRun.WriteFolder(root, "a", Run(cow: 10e6, rwlock: 8e6));
        var error = new StringWriter();
        var outDir = Path.Combine(root, "out");
        Assert.Equal(ExitCodes.BadInput, PlotterVerbs.Run(["agreement", a, Path.Combine(root, "missing"), "--out", outDir], TextWriter.Null, error));
        Assert.Contains("is not a rate run folder", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
        Assert.Equal(ExitCodes.BadInput, PlotterVerbs.Run(["agreement", a], TextWriter.Null, TextWriter.Null));
    }
}
