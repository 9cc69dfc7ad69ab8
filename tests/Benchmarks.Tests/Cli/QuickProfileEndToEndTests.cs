using Lab.Benchmarks.Export;

namespace Lab.Benchmarks.Tests.Cli;

/// <summary>
/// The quick profile, dry, in process: every matrix and target cell of the profile runs once and
/// the three CSVs land in the run folder and in latest/. About a minute on 2 busy cores.
/// </summary>
[Collection(RunnerTestGroup.Name)]
public sealed class QuickProfileEndToEndTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-quick-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Quick_dry_run_writes_every_cell_to_the_three_csvs()
    {
        var results = Path.Combine(root, "results");
        var (code, output, error) = LabRunnerTests.Run(
            "--profile", "quick", "--job", "Dry", "--inProcess",
            "--results", results, "--artifacts", Path.Combine(root, "artifacts"));

        Assert.True(code == 0, $"exit {code}\n{error}\n{output[^Math.Min(output.Length, 4000)..]}");
        var latest = Path.Combine(results, ResultsPublisher.Latest);
        Assert.All(CsvFiles.All, file => Assert.True(File.Exists(Path.Combine(latest, file)), file));

        var summary = File.ReadAllLines(Path.Combine(latest, CsvFiles.Summary)).Skip(1).ToList();
        Assert.Contains(summary, line => line.StartsWith("matrix/noop/read100/", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("matrix/dictionary/read100/1000/1/uniform,", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("matrix/cow/churn/1000/", StringComparison.Ordinal) && line.Contains("/prefix,", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("targets/hamt/insert/", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("targets/languageext/lookup-shuffled/1000/1/uniform,", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("targets/imtools/update/1000/1/uniform,", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("targets/hamt/enumerate/1000/1/uniform,", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("targets/languageext/create/1000/1/uniform,", StringComparison.Ordinal));
        Assert.Equal(65, summary.Count);

        var runFolders = Directory.GetDirectories(results).Where(folder => Path.GetFileName(folder) != ResultsPublisher.Latest).ToList();
        var run = Assert.Single(runFolders);
        Assert.Equal(File.ReadAllText(Path.Combine(run, CsvFiles.Summary)), File.ReadAllText(Path.Combine(latest, CsvFiles.Summary)));
        Assert.DoesNotContain(Directory.GetDirectories(results), folder => Path.GetFileName(folder).StartsWith('.'));
    }
}
