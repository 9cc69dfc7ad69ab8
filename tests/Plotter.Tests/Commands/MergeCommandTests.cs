using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Commands;

/// <summary>
/// <c>merge</c>: the shards of a sharded run join into one run the plotter draws like any other; every bad
/// input (a shard missing or twice, another commit, profile or shard count, a cell group twice, on two machines
/// or missing, a non-empty --out) exits 2 naming its problem, and nothing is written.
/// </summary>
public sealed class MergeCommandTests : IDisposable
{
    private readonly ShardedFixture shards = new();

    public void Dispose() => shards.Dispose();

    [Fact]
    public void The_shards_merge_into_the_unsharded_rows_one_environment_row_and_a_run_the_plotter_draws()
    {
        var (code, output, error) = Merge([.. shards.Folders, "--out", shards.Out]);

        Assert.True(code == 0, error);
        Assert.Contains("merged 3 shards", output, StringComparison.Ordinal);
        Assert.Equal(
            shards.Summary.Select(row => row.Cell.ToString()).Order(StringComparer.Ordinal),
            SummaryRow.Read(Path.Combine(shards.Out, ResultFiles.Summary)).Select(row => row.Cell.ToString()).Order(StringComparer.Ordinal));
        var environment = Assert.Single(EnvironmentRow.ReadAll(Path.Combine(shards.Out, ResultFiles.Environment)));
        Assert.Equal("1/3 2/3 3/3", environment.Shards.ToString());
        Assert.Equal("merged", environment.RunId);
        Assert.Equal(shards.Plan, ShardPlanRow.Read(Path.Combine(shards.Out, ResultFiles.ShardPlan)));
        Assert.DoesNotContain(shards.Tree(), path => path.StartsWith('.'));

        using var plotOutput = new StringWriter();
        using var plotError = new StringWriter();
        Assert.True(PlotCommand.Plot(shards.Out, plotOutput, plotError) == 0, plotError.ToString());
        Assert.DoesNotContain(MachinesReportWriter.ShardMachinesHeading, File.ReadAllText(Path.Combine(shards.Out, ReportWriter.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_run_on_two_machines_keep_one_environment_row_each_with_its_shards_and_the_report_lists_them()
    {
        shards.SetEnvironment(2, row => row with { Host = "host-b" });

        var (code, _, error) = Merge([.. shards.Folders, "--out", shards.Out]);

        Assert.True(code == 0, error);
        var rows = EnvironmentRow.ReadAll(Path.Combine(shards.Out, ResultFiles.Environment));
        Assert.Equal(["host-a: 1/3 3/3", "host-b: 2/3"], rows.Select(row => $"{row.Host}: {row.Shards}"));
        using var plotOutput = new StringWriter();
        using var plotError = new StringWriter();
        Assert.True(PlotCommand.Plot(shards.Out, plotOutput, plotError) == 0, plotError.ToString());
        var report = File.ReadAllText(Path.Combine(shards.Out, ReportWriter.FileName));
        Assert.Contains(MachinesReportWriter.ShardMachinesHeading, report, StringComparison.Ordinal);
        Assert.Contains("| host-b (", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_shard_is_refused()
        => AssertRefused([shards.Folder(1), shards.Folder(2)], "shard 3/3 is missing: given 1/3, 2/3 of 3");

    [Fact]
    public void A_shard_given_twice_is_refused()
    {
        var copy = Path.Combine(shards.Root, "shard-2-again");
        CopyFolder(shards.Folder(2), copy);
        AssertRefused([.. shards.Folders, copy], $"shard 2/3 is given twice: {shards.Folder(2)} and {copy}");
    }

    [Fact]
    public void A_shard_of_another_commit_is_refused()
    {
        shards.SetEnvironment(3, row => row with { Commit = "0000000000000000000000000000000000000000" });
        AssertRefused(shards.Folders, $"{Path.Combine(shards.Folder(3), ResultFiles.Environment)}: shard 3/3 is of commit 0000000000000000000000000000000000000000, shard 1/3");
    }

    [Fact]
    public void A_shard_of_another_profile_is_refused()
    {
        shards.SetEnvironment(2, row => row with { Profile = "quick" });
        AssertRefused(shards.Folders, "shard 2/3 is of profile quick, shard 1/3");
    }

    [Fact]
    public void A_shard_of_another_shard_count_is_refused()
    {
        shards.SetEnvironment(2, row => row with { Shards = ShardSet.Of(new Shard(2, 4)) });
        AssertRefused(shards.Folders, "shard 2/4 is one of 4 shards, shard 1/3");
    }

    [Fact]
    public void A_cell_group_in_two_shards_is_refused_naming_the_group_both_shards_and_the_files()
    {
        var group = shards.GroupsOf(1)[0];
        var rows = shards.Summary.Where(row => CellGroup.Of(row) == group).ToList();
        shards.SetSummary(2, existing => [.. existing, .. rows]);
        AssertRefused(shards.Folders, $"cell group {group} is in two shards: 1/3 ({Path.Combine(shards.Folder(1), ResultFiles.Measurements)}) and 2/3 ({Path.Combine(shards.Folder(2), ResultFiles.Summary)})");
    }

    [Fact]
    public void A_cell_group_with_rows_from_two_machines_is_refused()
    {
        var group = shards.GroupsOf(1)[0];
        var rows = shards.Summary.Where(row => CellGroup.Of(row) == group).ToList();
        shards.SetSummary(2, existing => [.. existing, .. rows]);
        shards.SetEnvironment(2, row => row with { Host = "host-b" });
        AssertRefused(shards.Folders, $"cell group {group} has rows from two machines: shard 1/3 on host-a (");
    }

    [Fact]
    public void A_planned_cell_group_without_rows_is_refused()
    {
        var group = shards.GroupsOf(3)[^1];
        shards.SetSummary(3, existing => existing.Where(row => CellGroup.Of(row) != group));
        var measurements = Path.Combine(shards.Folder(3), ResultFiles.Measurements);
        MeasurementRow.Table.WriteFile(measurements, [.. MeasurementRow.Read(measurements).Where(row => CellGroup.Of(row) != group)]);
        AssertRefused(shards.Folders, $"cell group {group} is planned for shard 3/3 ({Path.Combine(shards.Folder(1), ResultFiles.ShardPlan)}) but no file of shard 3/3");
    }

    [Fact]
    public void An_out_folder_that_holds_anything_is_refused_and_left_as_it_was()
    {
        Directory.CreateDirectory(shards.Out);
        File.WriteAllText(Path.Combine(shards.Out, "keep.txt"), "mine");
        var before = shards.Tree();

        var (code, _, error) = Merge([.. shards.Folders, "--out", shards.Out]);

        Assert.Equal(2, code);
        Assert.Contains($"--out {shards.Out} exists and is not empty", error, StringComparison.Ordinal);
        Assert.Equal(before, shards.Tree());
    }

    [Fact]
    public void A_folder_that_is_not_a_shard_is_refused()
    {
        shards.SetEnvironment(1, row => row with { Shards = ShardSet.None });
        AssertRefused(shards.Folders, "the run is not a shard (its shard field is empty)");
    }

    private void AssertRefused(IReadOnlyList<string> folders, string problem)
    {
        var before = shards.Tree();

        var (code, _, error) = Merge([.. folders, "--out", shards.Out]);

        Assert.Equal(2, code);
        Assert.Contains("error: ", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", error, StringComparison.Ordinal);
        Assert.Equal(before, shards.Tree());
    }

    private static (int Code, string Output, string Error) Merge(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = PlotterVerbs.Run(["merge", .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
