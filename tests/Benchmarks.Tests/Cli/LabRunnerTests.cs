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
        Assert.Contains("error: --profile: 'turbo' is not one of quick, default, full", error, StringComparison.Ordinal);
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
        Assert.Contains("--filter '*'", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(results));
    }

    [Fact]
    public void An_unquoted_star_expanded_by_the_shell_runs_as_star_with_one_line_saying_so()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "src-benchmarks")).FullName;
        Directory.CreateDirectory(Path.Combine(folder, "Cli"));
        Directory.CreateDirectory(Path.Combine(folder, "bin"));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), string.Empty);

        var (code, output, error) = RunIn(folder, "--profile", "quick", "--plan", "--filter", "Cli", "Program.cs", "bin");

        Assert.True(code == 0, error);
        var notice = Assert.Single(output.Split('\n'), line => line.Contains("unquoted *", StringComparison.Ordinal));
        Assert.Contains("--filter Cli Program.cs bin", notice, StringComparison.Ordinal);
        Assert.Contains("--filter '*'", notice, StringComparison.Ordinal);
        Assert.Contains("// lab:   matrix cow (", output, StringComparison.Ordinal);
        Assert.Contains("// lab:   store ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_naming_entries_and_something_else_is_still_an_error_with_the_quoting_hint()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "here")).FullName;
        Directory.CreateDirectory(Path.Combine(folder, "Cli"));

        var (code, output, error) = RunIn(folder, "--profile", "quick", "--plan", "--filter", "Cli", "NoSuchBenchmark");

        Assert.Equal(2, code);
        Assert.DoesNotContain("unquoted *", output, StringComparison.Ordinal);
        Assert.Contains("no benchmark matches the filter (--filter Cli NoSuchBenchmark)", error, StringComparison.Ordinal);
        Assert.Contains("quote the filter so the shell does not expand it: --filter '*'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_prints_the_selected_cells_one_line_per_scenario_and_map_then_the_counts_and_estimate()
    {
        var (code, output, error) = Run("--profile", "quick", "--plan");

        Assert.True(code == 0, error);
        var lines = output.Split('\n');
        var cellLines = lines.Where(line => line.StartsWith("// lab:   ", StringComparison.Ordinal)).ToList();
        var cow = Assert.Single(cellLines, line => line.StartsWith("// lab:   matrix cow (", StringComparison.Ordinal));
        Assert.Contains(" churn/1000/", cow, StringComparison.Ordinal);
        Assert.Contains("/prefix", cow, StringComparison.Ordinal);
        Assert.Single(cellLines, line => line.StartsWith("// lab:   matrix dictionary (1 cell): read100/1000/1/uniform", StringComparison.Ordinal));
        Assert.Single(cellLines, line => line.StartsWith("// lab:   targets hamt (", StringComparison.Ordinal));
        Assert.Equal(cellLines.Count, cellLines.Select(line => line[..line.IndexOf('(', StringComparison.Ordinal)]).Distinct().Count());

        var counts = Array.FindIndex(lines, line => line.StartsWith("// lab: 69 cells (", StringComparison.Ordinal));
        Assert.True(counts > Array.LastIndexOf(lines, cellLines[^1]), output);
        Assert.Contains("estimated", lines[counts], StringComparison.Ordinal);
        var listed = cellLines.Sum(line => int.Parse(line[(line.IndexOf('(', StringComparison.Ordinal) + 1)..line.IndexOf(' ', line.IndexOf('(', StringComparison.Ordinal))], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(69, listed);
    }

    internal static (int Code, string Output, string Error) Run(params string[] args) => RunIn(null, args);

    /// <summary>Runs as if the shell's current directory were <paramref name="workingDirectory"/>.</summary>
    internal static (int Code, string Output, string Error) RunIn(string? workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = LabRunner.Run(args, output, error, workingDirectory);
        return (code, output.ToString(), error.ToString());
    }
}
