namespace Lab.Results.Tests;

/// <summary>The sharding pieces of the contract: shards parse and print as i/n, cell groups drop the map, environment.csv and shard-plan.csv round-trip.</summary>
public sealed class ShardingContractTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("lab-sharding-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("4/4", 4, 4)]
    public void A_shard_parses_and_prints_back(string text, int index, int count)
    {
        var shard = Shard.Parse(text);
        Assert.Equal(new Shard(index, count), shard);
        Assert.Equal(text, shard.ToString());
    }

    [Theory]
    [InlineData("0/3", "between 1 and 3")]
    [InlineData("4/3", "between 1 and 3")]
    [InlineData("1/0", "count must be positive")]
    [InlineData("x", "expected i/n")]
    [InlineData("1/2/3", "expected i/n")]
    [InlineData("-1/3", "expected i/n")]
    [InlineData("", "expected i/n")]
    public void A_bad_shard_names_its_problem(string text, string problem)
    {
        Assert.False(Shard.TryParse(text, out _, out var message));
        Assert.Contains(problem, message, StringComparison.Ordinal);
        Assert.Contains(problem, Assert.Throws<FormatException>(() => Shard.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_group_is_the_cell_without_its_map()
    {
        var cow = CellGroup.Of(CellId.Parse("matrix/cow/read90/1000/2/uniform"));
        Assert.Equal("matrix/read90/1000/2/uniform", cow.Key);
        Assert.Equal(cow, CellGroup.Of(CellId.Parse("matrix/noop/read90/1000/2/uniform")));
        Assert.NotEqual(cow, CellGroup.Of(CellId.Parse("matrix/cow/read90/1000/4/uniform")));
        Assert.True(RateCellId.TryParse("rate/cow/1000/2/100/server", out var rate));
        Assert.True(RateCellId.TryParse("rate/hamt/1000/2/max/server", out var other));
        Assert.Equal("rate/1000/2/server", CellGroup.Of(rate).Key);
        Assert.Equal(CellGroup.Of(rate), CellGroup.Of(other));
        Assert.Equal("experiments/batching", CellGroup.Of(new ExperimentRow("batching", "map-cow", 10, 1, "batch", 10, 1, "m", "u", 1)).Key);
    }

    [Fact]
    public void Environment_rows_round_trip_their_machine_and_shards()
    {
        var path = Path.Combine(folder, ResultFiles.Environment);
        EnvironmentRow row = new() { RunId = "r", DateUtc = "d", Commit = "c", Profile = "full", Cpu = "cpu", LogicalCores = 4, Os = "os", Runtime = "rt", GcMode = "gc", BdnVersion = "b", ShardCount = 64, Host = "h", Arch = "arm64", Shards = ShardSet.Of(Shard.Parse("3/4")) };
        row.Write(path);
        var read = EnvironmentRow.Read(path);
        Assert.Equal(row, read);
        Assert.Equal(new MachineIdentity("h", "cpu", "os", "arm64", 4), read.Machine);
        Assert.Contains(",3/4", File.ReadAllLines(path)[1], StringComparison.Ordinal);

        (row with { Shards = ShardSet.None }).Write(path);
        Assert.True(EnvironmentRow.Read(path).Shards.IsEmpty);
    }

    [Theory]
    [InlineData("3/4 1/4", "1/4 3/4")]
    [InlineData("1/1", "")]
    [InlineData("", "")]
    public void A_shard_field_lists_shards_in_index_order(string text, string expected)
    {
        Assert.True(ShardSet.TryParse(text, out var set, out _));
        Assert.Equal(expected, set.ToString());
    }

    [Theory]
    [InlineData("1/4 1/4", "twice")]
    [InlineData("1/4 1/3", "mixes shard counts")]
    [InlineData("5/4", "between 1 and 4")]
    public void A_bad_shard_field_is_refused(string text, string problem)
    {
        Assert.False(ShardSet.TryParse(text, out _, out var message));
        Assert.Contains(problem, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shard_plan_rows_round_trip_and_a_group_listed_twice_is_refused()
    {
        var path = Path.Combine(folder, ResultFiles.ShardPlan);
        ShardPlanRow[] rows =
        [
            new(Shard.Parse("1/2"), new CellGroup("matrix/read90/1000/2/uniform"), 12, 30.5),
            new(Shard.Parse("2/2"), new CellGroup("matrix/read50/1000/2/uniform"), 12, 29),
        ];
        ShardPlanRow.Write(path, rows);
        Assert.Equal(rows, ShardPlanRow.Read(path));

        ShardPlanRow.Write(path, [rows[0], rows[1] with { Group = rows[0].Group }]);
        var error = Assert.Throws<ResultsFileException>(() => ShardPlanRow.Read(path));
        Assert.Contains("listed twice", error.Message, StringComparison.Ordinal);
    }
}
