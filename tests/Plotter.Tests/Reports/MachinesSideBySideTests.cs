using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Reports;

/// <summary>
/// Machines side by side, from the committed two-machine fixture (Fixtures/two-machines, written by
/// make_two_machines.py: machine-a a real run of this lab's machine, machine-b those rows scaled per map, NOT
/// a measurement): the report compares every common cell's winner within each machine and says how far the
/// maps' ratios to their machine's best move, never an absolute time across machines.
/// </summary>
public sealed class MachinesSideBySideTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-machines-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static string FixtureA => Path.Combine(ResultsFolders.Fixture("two-machines"), "machine-a");

    private static string FixtureB => Path.Combine(ResultsFolders.Fixture("two-machines"), "machine-b");

    [Fact]
    public void Every_common_cell_is_compared_with_ratios_formed_within_each_machine()
    {
        var comparison = Compare(BenchmarkResults.Load(FixtureA), BenchmarkResults.Load(FixtureB));

        Assert.Equal(12, comparison.Cells.Count); // 3 mixes x 2 sizes x 2 thread counts, uniform keys
        Assert.Equal(0, comparison.CellsNotOnAll);
        Assert.Contains(comparison.Cells, cell => cell.Change == WinnerChange.Changes);
        Assert.Contains(comparison.Cells, cell => cell.Change == WinnerChange.Same);
        foreach (var cell in comparison.Cells)
        {
            foreach (var (machine, run) in cell.PerMachine.Zip(comparison.Machines))
            {
                var best = machine.Verdict.Leader.NsPerOp;
                Assert.Equal(1, machine.RatioToBest[machine.Winner]);
                Assert.All(machine.RatioToBest, ratio => Assert.Equal(run.Matrix.Find(ratio.Key, cell.First.Mix, cell.First.Size, cell.First.Threads, cell.First.Keys)!.NsPerOp / best, ratio.Value, 12));
            }

            Assert.True(cell.Move >= 1);
        }
    }

    [Fact]
    public void Scaling_every_time_of_a_machine_by_one_factor_changes_no_winner_and_moves_no_ratio()
    {
        var a = BenchmarkResults.Load(FixtureA);
        var scaled = a with
        {
            Environment = a.Environment with { RunId = "scaled", Host = "other" },
            Summary = [.. a.Summary.Select(row => row with { NsPerOp = row.NsPerOp * 3 })],
            MeasurementsByCell = a.MeasurementsByCell.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<double>)[.. pair.Value.Select(value => value * 3)]),
        };

        var comparison = Compare(a, scaled);

        Assert.All(comparison.Cells, cell => Assert.Equal(WinnerChange.Same, cell.Change));
        Assert.All(comparison.Cells, cell => Assert.Equal(1, cell.Move, 9));
    }

    [Fact]
    public void Plot_of_two_machines_run_folders_writes_the_side_by_side_section_into_the_first_only()
    {
        var a = Copy(FixtureA, "machine-a");
        var b = Copy(FixtureB, "machine-b");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = PlotterVerbs.Run([a, b], output, error);

        Assert.True(code == 0, error.ToString());
        var report = File.ReadAllText(Path.Combine(a, ReportWriter.FileName));
        Assert.Contains(MachinesReportWriter.ComparisonHeading, report, StringComparison.Ordinal);
        Assert.Contains("| M2 | Synthetic arm64 runner (machine-a scaled, not measured), 4 cores, Ubuntu 24.04 LTS (synthetic), arm64 |", report, StringComparison.Ordinal);
        Assert.Contains("12 cells on every machine", report, StringComparison.Ordinal);
        Assert.Contains("| **changes** |", report, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(b, ReportWriter.FileName)));
        var answer = File.ReadAllText(Path.Combine(a, AnswerWriter.FileName));
        Assert.Contains("## By machine kind", answer, StringComparison.Ordinal);
        Assert.Contains("- M2: Synthetic arm64 runner", answer, StringComparison.Ordinal);
        Assert.Matches(@"Of 12 cells on every machine .* \*\*differs in [1-9]\d*\*\*:", answer);
    }

    [Fact]
    public void A_second_folder_without_a_matrix_run_exits_2_and_writes_nothing()
    {
        var a = Copy(FixtureA, "machine-a");
        var empty = Directory.CreateDirectory(Path.Combine(root, "empty")).FullName;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = PlotterVerbs.Run([a, empty], output, error);

        Assert.Equal(2, code);
        Assert.Contains("machines are compared on matrix runs", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(a, ReportWriter.FileName)));
    }

    private static MachineComparison Compare(BenchmarkResults a, BenchmarkResults b)
    {
        var views = new[] { new MatrixView(a), new MatrixView(b) };
        return MachineComparison.Compare(MachineRun.Of([.. views.Select(view => (view, WinnerJudge.Judge(view)))]));
    }

    private string Copy(string source, string name)
    {
        var target = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
