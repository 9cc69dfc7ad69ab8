using Lab.Benchmarks.Cli;
using Lab.Benchmarks.Tests.Cli;

namespace Lab.Benchmarks.Tests.EndToEnd;

/// <summary>
/// The quick profile, dry, in process, then the plotter: every matrix and target cell of the profile
/// runs once, the three CSVs land in the run folder (and nowhere else), and publishing the run draws
/// every chart family and REPORT.md and makes latest/ a copy of it, as <c>scripts/bench</c> does.
/// About a minute on 2 busy cores.
/// </summary>
[Collection(RunnerTestGroup.Name)]
public sealed class QuickProfileEndToEndTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-quick-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Quick_dry_run_writes_every_cell_and_publishes_charts_and_report()
    {
        var results = Path.Combine(root, "results");
        var (code, output, error) = LabRunnerTests.Run(
            "--profile", "quick", "--job", "Dry", "--inProcess",
            "--results", results, "--artifacts", Path.Combine(root, "artifacts"));

        Assert.True(code == 0, $"exit {code}\n{error}\n{output[^Math.Min(output.Length, 4000)..]}");
        var runFolder = Assert.Single(Directory.GetDirectories(results));
        Assert.Equal(RunFolderLine.Prefix + runFolder, output.TrimEnd().Split('\n')[^1]);
        Assert.All(ResultFiles.MatrixRun, file => Assert.True(File.Exists(Path.Combine(runFolder, file)), file));

        var summary = File.ReadAllLines(Path.Combine(runFolder, ResultFiles.Summary)).Skip(1).ToList();
        Assert.Contains(summary, line => line.StartsWith("matrix/noop/read100/", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("matrix/dictionary/read100/1000/1/uniform,", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("matrix/cow/churn/1000/", StringComparison.Ordinal) && line.Contains("/prefix,", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("targets/hamt/insert/", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("targets/languageext/lookup-shuffled/1000/1/uniform,", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("targets/imtools/update/1000/1/uniform,", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("targets/hamt/enumerate/1000/1/uniform,", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("targets/languageext/create/1000/1/uniform,", StringComparison.Ordinal));
        Assert.Equal(69, summary.Count);

        // The close-call step ran after the matrix with the dry settings: at most one call, each measured by the paired host.
        var closeCalls = CloseCallRow.Read(Path.Combine(runFolder, ResultFiles.CloseCalls));
        Assert.True(closeCalls.Count(row => row.Status == CloseCallRow.Measured) is 0 or 2, string.Join('\n', closeCalls));
        Assert.DoesNotContain(closeCalls, row => row.Status == CloseCallRow.Failed);

        var report = PublishedRun.PublishAndCheck(runFolder);
        Assert.Contains("| profile | quick |", report, StringComparison.Ordinal);
        Assert.Contains("## Churn vs updates", report, StringComparison.Ordinal);
        Assert.Contains("| zipf | 1K |", report, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetDirectories(results), folder => Path.GetFileName(folder).StartsWith('.'));
    }
}
