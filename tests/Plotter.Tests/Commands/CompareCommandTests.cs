using System.Globalization;
using Lab.Plotter.Tests.Support;
using SkiaSharp;
using static Lab.Plotter.Tests.Support.SyntheticSamples;

namespace Lab.Plotter.Tests.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private readonly ResultsFolders folders = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        folders.Dispose();
        output.Dispose();
        error.Dispose();
    }

    [Fact]
    public void AA_smoke_the_committed_fixture_against_itself_is_all_Same()
    {
        var fixture = ResultsFolders.Fixture("aa");
        var outDir = Path.Combine(folders.Root, "out");

        var code = Run("--base", fixture, "--diff", fixture, "--out", outDir);

        Assert.Equal(CompareCommand.NoRegression, code);
        var verdicts = ReadVerdicts(outDir);
        Assert.Equal(8, verdicts.Count);
        Assert.All(verdicts, v => Assert.Equal("Same", v["verdict"]));
        Assert.All(verdicts, v => Assert.Equal(1.0, double.Parse(v["ratio"], CultureInfo.InvariantCulture), 12));
    }

    [Fact]
    public void A_slowed_cell_exits_1_and_is_the_only_Slower_one()
    {
        var cells = Cells(("matrix/cow/read99/10000/2/uniform", 40), ("matrix/rwlock/read99/10000/2/uniform", 90));
        var slowed = new Dictionary<string, double[]>(cells)
        {
            ["matrix/cow/read99/10000/2/uniform"] = LogNormal(99, 30, 40 * 1.15, 0.02),
        };
        var outDir = Path.Combine(folders.Root, "out");

        var code = Run("--base", folders.Write("a", cells), "--diff", folders.Write("b", slowed), "--out", outDir);

        Assert.Equal(CompareCommand.Regression, code);
        var verdicts = ReadVerdicts(outDir);
        Assert.Equal(["matrix/cow/read99/10000/2/uniform", "Slower"], [verdicts[0]["cell"], verdicts[0]["verdict"]]);
        Assert.Equal("Same", verdicts[1]["verdict"]);
        Assert.True(File.Exists(Path.Combine(outDir, MarkdownReportWriter.FileName)));
    }

    [Fact]
    public void The_chart_renders_a_decodable_png_of_the_expected_size()
    {
        var cells = Cells(("a/1", 10), ("a/2", 20), ("a/3", 30));
        var outDir = Path.Combine(folders.Root, "out");

        Run("--base", folders.Write("a", cells), "--diff", folders.Write("b", cells), "--out", outDir);

        using var bitmap = SKBitmap.Decode(Path.Combine(outDir, RatioChartRenderer.FileName));
        Assert.NotNull(bitmap);
        Assert.Equal(RatioChartRenderer.Width, bitmap.Width);
        Assert.Equal(RatioChartRenderer.HeightFor(3), bitmap.Height);
    }

    [Fact]
    public void The_default_output_folder_is_next_to_base_named_after_both_runs()
    {
        var cells = Cells(("a/1", 10));
        var a = folders.Write("run-a", cells);

        Assert.Equal(0, Run("--base", a, "--diff", folders.Write("run-b", cells)));

        Assert.True(File.Exists(Path.Combine(folders.Root, "compare-run-a-vs-run-b", ResultFiles.Verdicts)));
    }

    [Fact]
    public void A_missing_folder_exits_2_naming_it()
    {
        var missing = Path.Combine(folders.Root, "nope");

        var code = Run("--base", missing, "--diff", ResultsFolders.Fixture("aa"));

        Assert.Equal(CompareCommand.BadInput, code);
        Assert.Contains($"results folder not found: {missing}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_measurements_exits_2()
    {
        var empty = Path.Combine(folders.Root, "empty");
        Directory.CreateDirectory(empty);

        Assert.Equal(CompareCommand.BadInput, Run("--base", empty, "--diff", ResultsFolders.Fixture("aa")));
        Assert.Contains("measurements.csv: file not found", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cell,launch,iteration,ns_per_op\na,1,1,10\na,1,2,ten\n", "line 3, column 'ns_per_op': 'ten' is not a finite number")]
    [InlineData("cell,launch,iteration,ns_per_op\na,1,1,10\na,0,2,10\n", "line 3, column 'launch': 0 is not a 1-based launch index")]
    [InlineData("cell,launch,iteration,ns_per_op\na,1,1,10\na,1,1,11\n", "line 3, column 'iteration': cell 'a' launch 1 iteration 1 appears twice")]
    [InlineData("cell,launch,iteration,ns_per_op\na,1,1,10\na,1,2\n", "line 3, column 'ns_per_op': the row has 3 fields, the header has 4")]
    [InlineData("cell,launch,ns\na,1,10\n", "line 1, column 'iteration': missing column")]
    [InlineData("", "the file is empty")]
    [InlineData("cell,launch,iteration,ns_per_op\n", "the file has a header but no data rows")]
    public void A_malformed_csv_exits_2_naming_file_line_and_column(string csv, string expected)
    {
        var bad = folders.WriteRaw("bad", csv);

        var code = Run("--base", ResultsFolders.Fixture("aa"), "--diff", bad, "--out", Path.Combine(folders.Root, "out"));

        Assert.Equal(CompareCommand.BadInput, code);
        Assert.Contains(Path.Combine(bad, "measurements.csv"), error.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folders.Root, "out")), "nothing is written on bad input");
    }

    [Fact]
    public void No_common_cells_exits_2()
    {
        var code = Run("--base", folders.Write("a", Cells(("x/1", 10))), "--diff", folders.Write("b", Cells(("y/1", 10))));

        Assert.Equal(CompareCommand.BadInput, code);
        Assert.Contains("no common cells", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_from_different_machines_exit_2_unless_allowed()
    {
        var a = folders.Write("a", Cells(("x/1", 10)), cpu: "CPU one");
        var b = folders.Write("b", Cells(("x/1", 10)), cpu: "CPU two");

        Assert.Equal(CompareCommand.BadInput, Run("--base", a, "--diff", b));
        Assert.Contains("incompatible results", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(CompareCommand.NoRegression, Run("--base", a, "--diff", b, "--allow-other-machine"));
    }

    [Theory]
    [InlineData("--threshold", "5")]
    [InlineData("--threshold", "abc%")]
    [InlineData("--threshold", "0%")]
    [InlineData("--threshold", "100%")]
    [InlineData("--noise", "-1ns")]
    [InlineData("--noise", "fast")]
    [InlineData("--alpha", "0.7")]
    [InlineData("--min-launches", "0")]
    [InlineData("--max-spread", "20%")]
    [InlineData("--colour", "red")]
    public void Bad_option_values_exit_2(string option, string value)
    {
        var fixture = ResultsFolders.Fixture("aa");

        Assert.Equal(CompareCommand.BadInput, Run("--base", fixture, "--diff", fixture, option, value));
        Assert.Contains(option, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3", "0.01", "use at least 5")]
    [InlineData("4", "0.01", "smallest p-value is 0.0286; use at least 5")]
    [InlineData("3", "0.05", "use at least 4")]
    public void Min_launches_that_can_never_reach_alpha_exit_2(string minLaunches, string alpha, string expected)
    {
        var fixture = ResultsFolders.Fixture("aa");

        Assert.Equal(CompareCommand.BadInput, Run("--base", fixture, "--diff", fixture, "--min-launches", minLaunches, "--alpha", alpha));
        Assert.Contains($"--min-launches {minLaunches} can never reach alpha {alpha}", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verdicts_csv_holds_mode_width_and_confidence()
    {
        var fixture = ResultsFolders.Fixture("aa");
        var outDir = Path.Combine(folders.Root, "out");

        Run("--base", fixture, "--diff", fixture, "--out", outDir);

        var first = ReadVerdicts(outDir)[0];
        Assert.Equal("launches", first["mode"]);
        Assert.InRange(double.Parse(first["width"], CultureInfo.InvariantCulture), 0.001, 0.05);
        Assert.Equal(1 - (0.01 / 8), double.Parse(first["confidence"], CultureInfo.InvariantCulture), 12);
        Assert.Contains("caught beyond", File.ReadAllText(Path.Combine(outDir, MarkdownReportWriter.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_base_or_diff_exits_2()
    {
        Assert.Equal(CompareCommand.BadInput, Run("--base", ResultsFolders.Fixture("aa")));
        Assert.Equal(CompareCommand.BadInput, Run("--diff"));
    }

    [Fact]
    public void Options_are_parsed_into_the_judge_settings()
    {
        var options = CompareArguments.Parse(
            ["--base", "a", "--diff", "b", "--threshold", "2.5%", "--noise", "1.5ns", "--alpha", "0.05", "--min-launches", "8"]);

        Assert.Equal(new JudgeSettings(0.025, 1.5, 0.05, 8), options.Settings);
    }

    private int Run(params string[] args) => CompareCommand.Run(args, output, error);

    private static Dictionary<string, double[]> Cells(params (string Cell, double Median)[] cells)
        => cells.Select((c, i) => (c.Cell, Values: LogNormal(i + 1, 30, c.Median, 0.02))).ToDictionary(c => c.Cell, c => c.Values);

    private static List<Dictionary<string, string>> ReadVerdicts(string outDir)
    {
        var lines = File.ReadAllLines(Path.Combine(outDir, ResultFiles.Verdicts));
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}
