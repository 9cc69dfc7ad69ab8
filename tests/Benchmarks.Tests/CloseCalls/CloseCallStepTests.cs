using Lab.Benchmarks.CloseCalls;
using static Lab.Benchmarks.Tests.CloseCalls.CloseCallRows;

namespace Lab.Benchmarks.Tests.CloseCalls;

public sealed class CloseCallStepTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-close-calls-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static readonly SummaryRow[] twoCloseCalls =
    [
        Summary("matrix/cow/read100/1000/2/uniform", 10),
        Summary("matrix/concurrent/read100/1000/2/uniform", 10.2),
        Summary("matrix/cow/churn/1000/2/uniform", 10),
        Summary("matrix/concurrent/churn/1000/2/uniform", 11),
    ];

    [Fact]
    public void Calls_up_to_the_cap_get_one_row_per_process_and_the_rest_an_over_cap_row()
    {
        var folder = RunFolder(root, twoCloseCalls);
        var host = new FakeHost(log: 0.01);
        var path = CloseCallStep.Run(folder, CloseCallSettings.Dry with { MaxCalls = 1, Processes = 3 }, host, null, TextWriter.Null);

        var rows = CloseCallRow.Read(Assert.IsType<string>(path));
        Assert.Equal(Path.Combine(folder, ResultFiles.CloseCalls), path);
        Assert.Equal([1, 2, 3], rows.Where(r => r.Status == CloseCallRow.Measured).Select(r => r.Process!.Value));
        Assert.All(rows.Take(3), row => Assert.Equal(("matrix/{map}/read100/1000/2/uniform", "cow", "concurrent", 0.01), (row.Cell, row.Leader, row.RunnerUp, row.MedianLogRatio!.Value)));
        var over = rows[3];
        Assert.Equal((CloseCallRow.OverCap, "matrix/{map}/churn/1000/2/uniform", (int?)null), (over.Status, over.Cell, over.Process));
        Assert.Equal(4, rows.Count);
        Assert.Equal([1, 2, 3], host.Processes);
    }

    [Fact]
    public void A_failing_process_makes_its_call_one_failed_row_and_the_next_call_still_runs()
    {
        var folder = RunFolder(root, twoCloseCalls);
        var host = new FakeHost(log: -0.02, failTemplate: "matrix/{map}/read100/1000/2/uniform");
        var output = new StringWriter();
        var rows = CloseCallRow.Read(CloseCallStep.Run(folder, CloseCallSettings.Dry with { MaxCalls = 2 }, host, null, output)!);

        Assert.Equal([CloseCallRow.Failed, CloseCallRow.Measured, CloseCallRow.Measured], rows.Select(r => r.Status));
        Assert.Contains("failed: boom", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_host_every_call_within_the_cap_is_failed_and_the_reason_printed()
    {
        var folder = RunFolder(root, twoCloseCalls);
        var output = new StringWriter();
        var rows = CloseCallRow.Read(CloseCallStep.Run(folder, CloseCallSettings.Default, null, "the paired host is not built", output)!);

        Assert.All(rows, row => Assert.Equal(CloseCallRow.Failed, row.Status));
        Assert.Equal(2, rows.Count);
        Assert.Contains("the paired host is not built", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_without_matrix_rows_or_with_the_step_off_writes_nothing()
    {
        var targets = RunFolder(root, Summary("targets/cow/lookup/1000/1/uniform", 5));
        Assert.Null(CloseCallStep.Run(targets, CloseCallSettings.Default, new FakeHost(0), null, TextWriter.Null));
        Assert.False(File.Exists(Path.Combine(targets, ResultFiles.CloseCalls)));

        var matrix = Path.Combine(root, "other");
        Directory.Move(RunFolder(root, twoCloseCalls), matrix);
        Assert.Null(CloseCallStep.Run(matrix, CloseCallSettings.Default with { MaxCalls = 0 }, new FakeHost(0), null, TextWriter.Null));
    }

    [Fact]
    public void A_matrix_run_with_no_close_call_writes_an_empty_file_so_the_report_can_say_so()
    {
        var folder = RunFolder(root, Summary("matrix/cow/read100/1000/2/uniform", 10), Summary("matrix/concurrent/read100/1000/2/uniform", 20));
        Assert.Empty(CloseCallRow.Read(CloseCallStep.Run(folder, CloseCallSettings.Default, new FakeHost(0), null, TextWriter.Null)!));
    }

    [Theory]
    [InlineData(new[] { "--job", "Dry" }, null, 1, 2)]
    [InlineData(new[] { "-j", "dry", "--inProcess" }, null, 1, 2)]
    [InlineData(new[] { "--job=Dry" }, 3, 3, 2)]
    [InlineData(new[] { "--job", "Short" }, null, 10, 12)]
    [InlineData(new string[0], 0, 0, 12)]
    public void Settings_follow_the_job_and_the_cap_option(string[] args, int? cap, int maxCalls, int processes)
    {
        var settings = CloseCallSettings.For(args, cap);
        Assert.Equal((maxCalls, processes), (settings.MaxCalls, settings.Processes));
    }

    [Fact]
    public void The_plan_line_states_the_bound_of_the_step()
    {
        Assert.Equal(TimeSpan.FromSeconds(4.3 * 12 * 10), CloseCallSettings.Default.Bound);
        Assert.Contains("at most 10 x 12 processes x (300 ms + ~4 s), at most 8 min 36 s", CloseCallSettings.Default.PlanLine(), StringComparison.Ordinal);
        Assert.Contains("not measured", (CloseCallSettings.Default with { MaxCalls = 0 }).PlanLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_command_line_puts_the_leader_on_side_a_and_alternates_the_load_order()
    {
        var host = new PairedHostProcess("/h/Lab.Paired.dll", "/b");
        var call = new CloseCall(CellId.Parse("matrix/{map}/read100/1000/2/uniform"), "cow", "concurrent", 1.05);
        var odd = host.Arguments(call, 3, CloseCallSettings.Dry);
        Assert.Equal(["/h/Lab.Paired.dll", "--base", "/b", "--maps", "cow,concurrent", "--cell", "matrix/{map}/read100/1000/2/uniform", "--cell-ms", "20", "--min-pairs", "5", "--seed", "3"], odd);
        Assert.Equal("--diff-first", host.Arguments(call, 4, CloseCallSettings.Dry)[^1]);
    }

    /// <summary>
    /// The dry path end to end with the real paired host (src/Paired, built with these tests): one close call of a
    /// quick matrix cell, two processes of 20 ms; asserts only that both processes gave a row, never a figure.
    /// </summary>
    [Fact]
    public void A_dry_run_measures_a_close_call_with_the_real_paired_host()
    {
        var folder = RunFolder(root, Summary("matrix/cow/read100/1000/2/uniform", 10), Summary("matrix/concurrent/read100/1000/2/uniform", 10.5));
        var (host, problem) = PairedHostProcess.Locate(RepositoryLayout.FindRoot(AppContext.BaseDirectory)!);
        Assert.True(host is not null, problem);

        var rows = CloseCallRow.Read(CloseCallStep.Run(folder, CloseCallSettings.Dry, host, problem, TextWriter.Null)!);

        Assert.Equal([(1, "a-first"), (2, "b-first")], rows.Select(r => (r.Process!.Value, r.LoadOrder!)));
        Assert.All(rows, row => Assert.Equal(CloseCallRow.Measured, row.Status));
    }

    private sealed class FakeHost(double log, string? failTemplate = null) : IPairedHost
    {
        public List<int> Processes { get; } = [];

        public PairedAttempt Run(CloseCall call, int process, CloseCallSettings settings)
        {
            Processes.Add(process);
            return call.Template.ToString() == failTemplate
                ? PairedAttempt.Failed("boom")
                : PairedAttempt.Of(new PairedRow { Cell = call.Template.ToString(), LoadOrder = process % 2 == 0 ? "b-first" : "a-first", Pairs = 5, Settled = true, MedianLogRatio = log });
        }
    }
}
