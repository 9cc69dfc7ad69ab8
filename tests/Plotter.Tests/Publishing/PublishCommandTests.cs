using Lab.CommandLine;
using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Publishing;

/// <summary><c>publish</c>: latest/ becomes a copy of the run only when its charts and report were drawn.</summary>
public sealed class PublishCommandTests : IDisposable
{
    private readonly string results = Directory.CreateTempSubdirectory("lab-publish-").FullName;

    public void Dispose() => Directory.Delete(results, recursive: true);

    [Fact]
    public void Publishing_draws_into_the_run_folder_and_makes_latest_a_copy_of_it()
    {
        var run = CopyFixture("run-1");

        var (code, _, error) = Publish(run);

        Assert.True(code == 0, error);
        var latest = Path.Combine(results, LatestFolder.Name);
        Assert.True(File.Exists(Path.Combine(run, "REPORT.md")));
        Assert.Equal(Tree(run), Tree(latest));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(latest, "charts"), "*.png"));
        Assert.Equal(File.ReadAllText(Path.Combine(run, "REPORT.md")), File.ReadAllText(Path.Combine(latest, "REPORT.md")));
        Assert.DoesNotContain(Directory.GetDirectories(results), folder => Path.GetFileName(folder).StartsWith('.'));
    }

    [Fact]
    public void A_run_the_plotter_rejects_leaves_the_previous_latest_whole()
    {
        Assert.Equal(0, Publish(CopyFixture("run-1")).Code);
        var latest = Path.Combine(results, LatestFolder.Name);
        var before = Snapshot(latest);

        var bad = CopyFixture("run-2");
        var summary = Path.Combine(bad, "summary.csv");
        File.WriteAllLines(summary, File.ReadAllLines(summary).Select((line, i) => i == 1 ? line.Replace(",read100,100,", ",read100,90,", StringComparison.Ordinal) : line));
        var (code, _, error) = Publish(bad);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("summary.csv, line 2, column 'read_pct'", error, StringComparison.Ordinal);
        Assert.Contains("latest/ was left as it was", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(latest));
        Assert.False(File.Exists(Path.Combine(bad, "REPORT.md")));
    }

    [Fact]
    public void A_rate_run_becomes_latest_rate_and_leaves_the_matrix_latest_alone()
    {
        Assert.Equal(0, Publish(CopyFixture("run-1")).Code);
        var before = Snapshot(Path.Combine(results, LatestFolder.Name));
        using var rate = new RateFixture();
        var run = Path.Combine(results, "rate-1");
        CopyTree(rate.Path, run);

        var (code, _, error) = Publish(run);

        Assert.True(code == 0, error);
        Assert.Equal(before, Snapshot(Path.Combine(results, LatestFolder.Name)));
        var latestRate = Path.Combine(results, LatestFolder.RateName);
        Assert.Equal(Tree(run), Tree(latestRate));
        Assert.True(File.Exists(Path.Combine(latestRate, "latency.csv")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(latestRate, "charts"), "*.png"));
    }

    [Theory]
    [InlineData("missing <run folder>")]
    [InlineData("unknown option '--force'", "--force")]
    public void A_bad_command_line_exits_2(string problem, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, PublishCommand.Run(args, output, error));
        Assert.Contains($"error: {problem} (see Lab.Plotter publish --help)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Latest_itself_is_not_a_run_to_publish()
    {
        var latest = CopyFixture(LatestFolder.Name);
        var (code, _, error) = Publish(latest);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("is latest itself", error, StringComparison.Ordinal);
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string CopyFixture(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(results, name)).FullName;
        foreach (var file in Directory.GetFiles(FixtureFolder.Source, "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    private static (int Code, string Output, string Error) Publish(string run)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = PublishCommand.Run([run], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static IEnumerable<string> Tree(string folder)
        => Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(folder, file)).Order(StringComparer.Ordinal);

    private static List<(string File, string Hash)> Snapshot(string folder)
        => [.. Tree(folder).Select(file => (file, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))))))];
}
