using Lab.Benchmarks.Cli;

namespace Lab.Benchmarks.Tests.Cli;

/// <summary>Bad input through the real entry point: a message, exit code 2, nothing written.</summary>
[Collection(RunnerTestGroup.Name)]
public sealed class LabRunnerTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-runner-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void An_unknown_profile_exits_2_with_a_message()
    {
        var (code, _, error) = Run("--profile", "turbo", "--results", Path.Combine(root, "results"));
        Assert.Equal(2, code);
        Assert.Contains("Unknown profile 'turbo'", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "results")));
    }

    [Fact]
    public void An_unwritable_results_folder_exits_2_with_a_message()
    {
        var file = Path.Combine(root, "file");
        File.WriteAllText(file, string.Empty);
        var (code, _, error) = Run("--profile", "quick", "--results", Path.Combine(file, "results"));
        Assert.Equal(2, code);
        Assert.Contains("is not writable", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_matching_nothing_exits_2_and_writes_nothing()
    {
        var results = Path.Combine(root, "results");
        var (code, _, error) = Run("--profile", "quick", "--filter", "*NoSuchBenchmark*", "--results", results);
        Assert.Equal(2, code);
        Assert.Contains("no benchmark matches the filter", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(results));
    }

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = LabRunner.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
