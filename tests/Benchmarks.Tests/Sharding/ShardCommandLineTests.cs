using Lab.Benchmarks.Tests.Cli;

namespace Lab.Benchmarks.Tests.Sharding;

/// <summary>
/// <c>--shard i/n</c>, <c>--shards n</c> and <c>--cells</c> through the real entry point of the three runs: bad
/// values exit 2 with the lab's one error line and write nothing; the shards' cell lists cover the run's
/// cells exactly once, whole cell groups each; <c>--plan</c> prints each shard's estimate.
/// </summary>
[Collection(RunnerTestGroup.Name)]
public sealed class ShardCommandLineTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-shard-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    public static TheoryData<string, string, string> BadShards()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (verb, command) in new[] { ("", "Lab.Benchmarks"), ("rate", "Lab.Benchmarks rate"), ("experiments", "Lab.Benchmarks experiments") })
        {
            foreach (var bad in new[] { "0/3", "4/3", "x", "1/0" })
            {
                data.Add(verb, bad, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadShards))]
    public void A_bad_shard_exits_2_with_the_labs_error_line_and_writes_nothing(string verb, string shard, string command)
    {
        var results = Path.Combine(root, "results");
        var (code, _, error) = Run(verb, "--profile", ProfileOf(verb), "--shard", shard, "--results", results);

        Assert.Equal(2, code);
        Assert.Equal($"error: --shard: '{shard}' is not a shard i/n, 1 <= i <= n (e.g. 2/4) (see {command} --help)", error.Trim());
        Assert.False(Directory.Exists(results) && Directory.EnumerateFileSystemEntries(results).Any());
    }

    [Theory]
    [InlineData("")]
    [InlineData("rate")]
    [InlineData("experiments")]
    public void More_shards_than_cell_groups_exits_2_naming_the_group_count(string verb)
    {
        var results = Path.Combine(root, "results");
        var (code, _, error) = Run(verb, "--profile", ProfileOf(verb), "--shard", "1/9999", "--plan", "--results", results);

        Assert.Equal(2, code);
        Assert.Contains("error: --shard: 9999 shards but the run has only ", error, StringComparison.Ordinal);
        Assert.Contains("use at most ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("rate")]
    [InlineData("experiments")]
    public void Shards_without_plan_is_bad_input(string verb)
    {
        var (code, _, error) = Run(verb, "--profile", ProfileOf(verb), "--shards", "3", "--results", Path.Combine(root, "results"));
        Assert.Equal(2, code);
        Assert.Contains("error: --shards only goes with --plan", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 3)]
    [InlineData("rate", 2)]
    [InlineData("experiments", 3)]
    public void The_shards_cells_cover_the_runs_cells_exactly_once_in_whole_groups(string verb, int count)
    {
        var all = Cells(verb);
        var shards = Enumerable.Range(1, count).Select(index => Cells(verb, "--shard", $"{index}/{count}")).ToList();

        Assert.All(shards, Assert.NotEmpty);
        Assert.Equal(all.Order(StringComparer.Ordinal), shards.SelectMany(cells => cells).Order(StringComparer.Ordinal));
        var groupShards = shards
            .SelectMany((cells, shard) => cells.Select(cell => (Group: GroupOf(verb, cell), Shard: shard)))
            .GroupBy(entry => entry.Group)
            .ToList();
        Assert.All(groupShards, group => Assert.Single(group.Select(entry => entry.Shard).Distinct()));
        Assert.Equal(Cells(verb, "--shard", $"2/{count}"), shards[1]);
    }

    [Fact]
    public void Plan_with_shards_prints_every_shards_estimate_and_with_shard_only_that_one()
    {
        var (code, output, error) = Run("", "--profile", "quick", "--plan", "--shards", "3");
        Assert.True(code == 0, error);
        var lines = ShardLines(output);
        Assert.Equal(["shard 1/3", "shard 2/3", "shard 3/3"], lines.Select(line => line[..9]));
        Assert.All(lines, line => Assert.Matches(@"^shard \d/3: \d+ cells? in \d+ groups?, estimated \d+ min \d+ s$", line));
        var total = lines.Sum(line => int.Parse(line.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Cells("").Count, total);

        (code, output, error) = Run("", "--profile", "quick", "--plan", "--shard", "2/3");
        Assert.True(code == 0, error);
        Assert.StartsWith("shard 2/3: ", Assert.Single(ShardLines(output)), StringComparison.Ordinal);
        Assert.Contains("-shard-2-of-3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_of_the_experiments_run_records_its_shard_and_the_whole_plan()
    {
        var results = Path.Combine(root, "results");
        var own = Cells("experiments", "--shard", "3/3");
        var (code, output, error) = Run("experiments", "--dry", "--shard", "3/3", "--results", results);

        Assert.True(code == 0, $"exit {code}\n{error}\n{output}");
        var run = Assert.Single(Directory.GetDirectories(results));
        Assert.EndsWith("-shard-3-of-3", run, StringComparison.Ordinal);
        var environment = EnvironmentRow.Read(Path.Combine(run, ResultFiles.Environment));
        Assert.Equal([Shard.Parse("3/3")], environment.Shards.Shards);
        Assert.NotEmpty(environment.Host);
        Assert.NotEmpty(environment.Arch);
        var plan = ShardPlanRow.Read(Path.Combine(run, ResultFiles.ShardPlan));
        Assert.Equal(Cells("experiments").Select(CellGroup.OfExperiment).Order(), plan.Select(row => row.Group).Order());
        Assert.Equal(own.Select(CellGroup.OfExperiment).Order(), plan.Where(row => row.Shard == Shard.Parse("3/3")).Select(row => row.Group).Order());
        Assert.Equal(own.Order(StringComparer.Ordinal), ExperimentRow.Read(Path.Combine(run, ResultFiles.Experiments)).Select(row => row.Experiment).Distinct().Order(StringComparer.Ordinal));
    }

    private static string ProfileOf(string verb) => verb == "experiments" ? "experiments" : "quick";

    private static CellGroup GroupOf(string verb, string cell) => verb switch
    {
        "rate" => RateCellId.TryParse(cell, out var rate) ? CellGroup.Of(rate) : throw new FormatException(cell),
        "experiments" => CellGroup.OfExperiment(cell),
        _ => CellGroup.Of(CellId.Parse(cell)),
    };

    private static List<string> Cells(string verb, params string[] args)
    {
        var (code, output, error) = Run(verb, ["--profile", ProfileOf(verb), "--cells", .. verb == "experiments" ? ["--dry"] : Array.Empty<string>(), .. args]);
        Assert.True(code == 0, error);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private static List<string> ShardLines(string output)
        => [.. output.Split('\n', StringSplitOptions.TrimEntries).Where(line => line.StartsWith("// lab: shard ", StringComparison.Ordinal)).Select(line => line["// lab: ".Length..])];

    private static (int Code, string Output, string Error) Run(string verb, params string[] args)
        => LabRunnerTests.Run(verb.Length == 0 ? args : [verb, .. args]);
}
