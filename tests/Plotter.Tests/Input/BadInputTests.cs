using Lab.CommandLine;
using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Input;

/// <summary>Every bad-input case: a clear error naming file, line and column; exit code 2; nothing written.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly FixtureFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("summary.csv")]
    [InlineData("measurements.csv")]
    [InlineData("environment.csv")]
    public void Missing_file(string name)
    {
        File.Delete(folder.File(name));
        AssertRejected(name, line: null, column: null, "file not found");
    }

    [Theory]
    [InlineData("summary.csv")]
    [InlineData("measurements.csv")]
    [InlineData("environment.csv")]
    public void Empty_file(string name)
    {
        File.WriteAllText(folder.File(name), string.Empty);
        AssertRejected(name, line: 1, column: null, "empty");
    }

    [Theory]
    [InlineData("summary.csv")]
    [InlineData("measurements.csv")]
    [InlineData("environment.csv")]
    public void Header_without_rows(string name)
    {
        folder.WriteLines(name, folder.ReadLines(name).Take(1));
        AssertRejected(name, line: 2, column: null, "no data rows");
    }

    [Fact]
    public void Malformed_number()
    {
        folder.SetField(ResultFiles.Summary, 5, "ns_per_op", "12;5");
        AssertRejected(ResultFiles.Summary, 5, "ns_per_op", "'12;5' is not a finite number");
    }

    [Fact]
    public void Comma_decimal_separator_shifts_fields()
    {
        var lines = folder.ReadLines(ResultFiles.Measurements);
        lines[9] = lines[9][..lines[9].LastIndexOf(',')] + ",\"3,5\",x";
        folder.WriteLines(ResultFiles.Measurements, lines);
        AssertRejected(ResultFiles.Measurements, 10, null, "the row has 12 fields, the header has 11");
    }

    [Fact]
    public void Unknown_column()
    {
        var lines = folder.ReadLines(ResultFiles.Summary).Select((line, i) => line + (i == 0 ? ",p99_ns" : ",1")).ToArray();
        folder.WriteLines(ResultFiles.Summary, lines);
        AssertRejected(ResultFiles.Summary, 1, "p99_ns", "unknown column");
    }

    [Fact]
    public void Missing_column()
    {
        var lines = folder.ReadLines(ResultFiles.Summary);
        var index = Array.IndexOf(lines[0].Split(','), "bytes_per_op");
        folder.WriteLines(ResultFiles.Summary, lines.Select(line => string.Join(',', line.Split(',').Where((_, i) => i != index))));
        AssertRejected(ResultFiles.Summary, 1, "bytes_per_op", "missing column");
    }

    [Fact]
    public void Row_with_too_few_fields()
    {
        var lines = folder.ReadLines(ResultFiles.Environment);
        lines[1] = string.Join(',', lines[1].Split(',').Take(5));
        folder.WriteLines(ResultFiles.Environment, lines);
        AssertRejected(ResultFiles.Environment, 2, "logical_cores", "the row has 5 fields");
    }

    [Fact]
    public void Unterminated_quote()
    {
        var lines = folder.ReadLines(ResultFiles.Summary);
        lines[6] = lines[6].Replace(",matrix,", ",\"matrix,", StringComparison.Ordinal);
        folder.WriteLines(ResultFiles.Summary, lines);
        AssertRejected(ResultFiles.Summary, 7, null, "malformed CSV");
    }

    [Fact]
    public void Unknown_map_id()
    {
        folder.SetField(ResultFiles.Measurements, 3, "map", "skiplist");
        AssertRejected(ResultFiles.Measurements, 3, "map", "unknown map id 'skiplist'");
    }

    [Fact]
    public void Reference_map_outside_the_targets_scenario()
    {
        folder.SetField(ResultFiles.Measurements, 3, "map", "languageext");
        AssertRejected(ResultFiles.Measurements, 3, "map", "reference maps are measured only in 'targets'");
    }

    [Fact]
    public void Cell_that_does_not_match_its_columns()
    {
        folder.SetField(ResultFiles.Summary, 4, "threads", "64");
        AssertRejected(ResultFiles.Summary, 4, "cell", "does not match the other columns");
    }

    [Fact]
    public void Read_share_that_does_not_match_the_mix()
    {
        folder.SetField(ResultFiles.Summary, 2, "read_pct", "90");
        AssertRejected(ResultFiles.Summary, 2, "read_pct", "does not match");
    }

    [Fact]
    public void Negative_time()
    {
        folder.SetField(ResultFiles.Measurements, 8, "ns_per_op", "-3");
        AssertRejected(ResultFiles.Measurements, 8, "ns_per_op", "negative");
    }

    [Fact]
    public void Duplicate_cell()
    {
        var lines = folder.ReadLines(ResultFiles.Summary);
        folder.WriteLines(ResultFiles.Summary, [.. lines, lines[3]]);
        AssertRejected(ResultFiles.Summary, lines.Length + 1, "cell", "appears twice");
    }

    [Fact]
    public void Two_environment_rows()
    {
        var lines = folder.ReadLines(ResultFiles.Environment);
        folder.WriteLines(ResultFiles.Environment, [.. lines, lines[1]]);
        AssertRejected(ResultFiles.Environment, 3, null, "exactly one data row");
    }

    [Fact]
    public void Bad_input_after_a_good_run_leaves_the_previous_charts_and_report_untouched()
    {
        Assert.Equal(ExitCodes.Success, Run(folder.Path, out _));
        var before = Snapshot();

        folder.SetField(ResultFiles.Summary, 9, "iterations", "many");
        Assert.Equal(ExitCodes.BadInput, Run(folder.Path, out var error));

        Assert.Contains("summary.csv, line 9, column 'iterations'", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
        Assert.Equal(["ANSWER.md", "REPORT.md", "charts", "environment.csv", "measurements.csv", "summary.csv"], Entries());
    }

    [Fact]
    public void Missing_folder_is_bad_input()
    {
        Assert.Equal(ExitCodes.BadInput, Run(Path.Combine(folder.Path, "nope"), out var error));
        Assert.Contains("results folder not found", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown option '--bogus'", "--bogus")]
    public void Bad_command_line_is_a_usage_error(string problem, params string[] args)
    {
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, PlotCommand.Run(args, TextWriter.Null, error));
        Assert.Contains($"error: {problem}", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("(see Lab.Plotter --help)", error.ToString(), StringComparison.Ordinal);
    }

    private void AssertRejected(string file, int? line, string? column, string problem)
    {
        var exception = Assert.Throws<ResultsFileException>(() => BenchmarkResults.Load(folder.Path));
        Assert.EndsWith(file, exception.File, StringComparison.Ordinal);
        Assert.Equal(line ?? 0, exception.Line);
        Assert.Equal(column, exception.Column);
        Assert.Contains(problem, exception.Problem, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.BadInput, Run(folder.Path, out var error));
        Assert.Contains(exception.Message, error, StringComparison.Ordinal);
        Assert.DoesNotContain(Entries(), entry => entry is "charts" or "REPORT.md" || entry.StartsWith('.'));
    }

    private static int Run(string path, out string error)
    {
        using var errorWriter = new StringWriter();
        var code = PlotCommand.Run([path], TextWriter.Null, errorWriter);
        error = errorWriter.ToString();
        return code;
    }

    private string[] Entries()
        => [.. Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private Dictionary<string, string> Snapshot()
        => Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(".csv", StringComparison.Ordinal))
            .ToDictionary(path => Path.GetRelativePath(folder.Path, path), path => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))));
}
