using System.Diagnostics;
using Lab.CommandLine;
using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Commands;

public sealed class RecommendCommandTests : IDisposable
{
    private readonly DecisionRunFolder rate = new();
    private readonly FixtureFolder matrix = new();

    public void Dispose()
    {
        rate.Dispose();
        matrix.Dispose();
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = PlotterVerbs.Run(["recommend", .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void It_answers_100K_4_readers_1000_writes_from_committed_style_folders_naming_the_cells_it_used()
    {
        var rateFolder = DecisionRuns.WriteDefault(rate);

        var (code, output, error) = Run("--size", "100000", "--readers", "4", "--writes-per-second", "1000", "--from", rateFolder, "--from", matrix.Path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("100,000 entries, 4 readers, 1,000 writes/s, int keys", output, StringComparison.Ordinal);
        Assert.Contains("rate run 20261203T080000Z-abc1234, GC workstation; the measured cell:", output, StringComparison.Ordinal);
        Assert.Contains("cell 100K entries, 4 readers, 1,000/s", output, StringComparison.Ordinal);
        Assert.Contains("recommended: cow", output, StringComparison.Ordinal);
        Assert.Contains("runner-up:   concurrent", output, StringComparison.Ordinal);
        Assert.Contains("margin:      1.20× (1.15–1.25×, 75%) reader throughput, faster", output, StringComparison.Ordinal);
        Assert.Contains("(3 replicates)", output, StringComparison.Ordinal);
        Assert.Contains("the measured cells: 100K entries, 4 threads", output, StringComparison.Ordinal); // the fixture's matrix has 100K x 4 threads
        Assert.Contains("10% writes (90% reads): ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_that_was_not_measured_is_answered_from_the_nearest_saying_so()
    {
        var rateFolder = DecisionRuns.WriteDefault(rate);

        var (code, output, _) = Run("--size", "200000", "--readers", "3", "--writes-per-second", "700", "--from", rateFolder);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("the nearest measured cell (no exact match):", output, StringComparison.Ordinal);
        Assert.Contains("cell 100K entries, 4 readers, 1,000/s", output, StringComparison.Ordinal);
        Assert.Contains("note: no matrix run was given", output, StringComparison.Ordinal);
    }

    [Fact]
    public void String_keys_against_int_key_runs_are_said_plainly()
    {
        var rateFolder = DecisionRuns.WriteDefault(rate);

        var (code, output, _) = Run("--size", "100000", "--readers", "4", "--writes-per-second", "1000", "--keys", "string", "--from", rateFolder, "--from", matrix.Path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("note: the rate runs measured int keys only", output, StringComparison.Ordinal);
        Assert.Contains("note: the matrix run measured int keys only", output, StringComparison.Ordinal);
        Assert.DoesNotContain("recommended:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--readers 4 --writes-per-second 1000", "error: --size is required (see Lab.Plotter recommend --help)")]
    [InlineData("--size 0 --readers 4 --writes-per-second 1000", "error: --size: '0' is not a size from 1 to 1,000,000,000")]
    [InlineData("--size 1000 --readers 4 --writes-per-second -5", "error: --writes-per-second: '-5' is not")]
    [InlineData("--size 1000 --readers 4 --writes-per-second 10 --keys long", "error: --keys: 'long' is not one of int, string")]
    [InlineData("--size 1000 --readers 4 --writes-per-second 10 --measure", "error: unknown option '--measure'")]
    [InlineData("--size 1000 --readers 4 --writes-per-second 10 --from /nonexistent/lab-run", "error: --from: results folder not found: /nonexistent/lab-run")]
    public void Bad_arguments_exit_2_with_the_labs_error_line_and_print_no_answer(string args, string expected)
    {
        var (code, output, error) = Run(args.Split(' '));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_run_is_bad_input()
    {
        var (code, _, error) = Run("--size", "1000", "--readers", "1", "--writes-per-second", "1", "--from", rate.Path);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("holds no run", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--measure --readers 1 --writes-per-second 1", "error: --size is required (see scripts/lab help recommend)")]
    [InlineData("--measure --size 1k --readers 1 --writes-per-second 1", "error: --size: '1k' is not a positive integer (see scripts/lab help recommend)")]
    [InlineData("--measure --size 1000 --readers 1 --writes-per-second 1 --keys string", "error: --measure measures int keys only")]
    [InlineData("--size 1000 --readers 1 --writes-per-second 1 --keep", "error: --keep goes with --measure")]
    public void Scripts_lab_rejects_bad_measure_arguments_before_measuring(string args, string expected)
    {
        var (code, output, error) = Lab(args.Split(' '));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The real path, end to end: scripts/lab recommend --measure runs the benchmark app's rate run for just
    /// the asked cell (two maps, one replicate, the shortest window and warm-up) into a temp folder and answers from it. Asserts only
    /// that an answer naming the measured cell comes out, never a figure: who wins depends on the machine.
    /// </summary>
    [Fact]
    public void Measure_answers_from_a_fresh_rate_run_of_just_the_asked_cell()
    {
        var (code, output, error) = Lab(
            "--measure", "--size", "1000", "--readers", "1", "--writes-per-second", "100", "--", "--maps", "cow,concurrent", "--replicates", "1", "--window-ms", "20", "--warmup-cap-ms", "20");

        Assert.True(code == ExitCodes.Success, $"exit {code}: {error}");
        Assert.Contains("1,000 entries, 1 reader, 100 writes/s, int keys", output, StringComparison.Ordinal);
        Assert.Contains("the measured cell:", output, StringComparison.Ordinal);
        Assert.Contains("cell 1K entries, 1 readers, 100/s", output, StringComparison.Ordinal);
        Assert.Matches("recommended: (cow|concurrent)", output);
        Assert.Matches("runner-up: +(cow|concurrent)", output);
    }

    private static (int Code, string Output, string Error) Lab(params string[] args)
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no repository root above the test assembly");
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "lab"), "recommend", .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
