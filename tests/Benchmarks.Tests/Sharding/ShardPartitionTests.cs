using Lab.Benchmarks.Sharding;
using Lab.CommandLine;

namespace Lab.Benchmarks.Tests.Sharding;

/// <summary>The partition's guarantees on synthetic groups: every group once and whole, the same result whatever the input order, LPT's balance bound.</summary>
public sealed class ShardPartitionTests
{
    public static TheoryData<int, int> Instances => new() { { 1, 1 }, { 2, 5 }, { 3, 7 }, { 4, 40 }, { 7, 100 } };

    [Theory]
    [MemberData(nameof(Instances))]
    public void Every_group_is_in_exactly_one_shard_and_never_split(int seed, int groups)
    {
        var cells = Cells(seed, groups);
        var count = Math.Min(groups, 1 + (seed % 4));
        var partition = Partition(cells, count);

        Assert.Equal(cells.Select(cell => cell.Group).Distinct().Order(), partition.Rows.Select(row => row.Group).Order());
        Assert.Equal(partition.Rows.Count, partition.Rows.Select(row => row.Group).Distinct().Count());
        foreach (var row in partition.Rows)
        {
            Assert.Equal(cells.Count(cell => cell.Group == row.Group), row.Cells);
            Assert.Single(partition.Shards, shard => partition.Contains(shard, row.Group));
        }

        Assert.All(partition.Shards, shard => Assert.NotEmpty(partition.Of(shard)));
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void The_partition_depends_only_on_the_groups_and_n_not_on_the_cells_order(int seed, int groups)
    {
        var cells = Cells(seed, groups);
        var shuffled = cells.OrderBy(_ => Guid.NewGuid()).ToList();
        var count = Math.Min(groups, 3);
        Assert.Equal(Partition(cells, count).Rows, Partition(shuffled, count).Rows);
    }

    [Fact]
    public void Ties_are_broken_by_the_group_key_so_equal_estimates_still_give_one_answer()
    {
        var cells = new[] { "b", "a", "d", "c" }.Select(key => new Cell(new CellGroup(key), 10)).ToList();
        var partition = Partition(cells, 2);
        Assert.Equal(["a", "c"], partition.Of(Shard.Parse("1/2")).Select(row => row.Group.Key));
        Assert.Equal(["b", "d"], partition.Of(Shard.Parse("2/2")).Select(row => row.Group.Key));
    }

    [Theory]
    [InlineData(11, 6, 2)]
    [InlineData(12, 7, 3)]
    [InlineData(13, 8, 3)]
    [InlineData(14, 8, 2)]
    public void The_longest_shard_is_within_the_LPT_bound_of_the_optimum(int seed, int groups, int count)
    {
        var cells = Cells(seed, groups);
        var partition = Partition(cells, count);
        var longest = partition.Shards.Max(shard => partition.Estimate(shard).TotalSeconds);
        var loads = cells.GroupBy(cell => cell.Group).Select(group => (double)group.Sum(cell => cell.Seconds)).ToArray();
        var optimum = Optimum(loads, count);

        Assert.True(longest <= ((4.0 / 3) - (1.0 / (3 * count))) * optimum + 1e-6, $"longest shard {longest} s, optimum {optimum} s");
        Assert.True(longest <= (loads.Sum() / count) + loads.Max() + 1e-6);
    }

    [Fact]
    public void More_shards_than_groups_is_bad_input_naming_the_group_count()
    {
        var error = Assert.Throws<UsageException>(() => Partition(Cells(1, 3), 4));
        Assert.Contains("only 3 cell groups", error.Message, StringComparison.Ordinal);
    }

    private static ShardPartition Partition(IReadOnlyList<Cell> cells, int count)
        => ShardPartition.Balance(cells, cell => cell.Group, group => TimeSpan.FromSeconds(group.Sum(cell => cell.Seconds)), count);

    /// <summary>1 to 4 cells for each of <paramref name="groups"/> groups, each cell 1 to 60 s (whole seconds: sums are exact).</summary>
    private static List<Cell> Cells(int seed, int groups)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, groups).SelectMany(group => Enumerable.Range(0, random.Next(1, 5)).Select(_ => new Cell(new CellGroup($"g{group:D3}"), random.Next(1, 61))))];
    }

    /// <summary>The least possible longest shard, by trying every assignment (small instances only).</summary>
    private static double Optimum(double[] loads, int count)
    {
        var best = double.MaxValue;
        var shards = new double[count];
        void Place(int index)
        {
            if (index == loads.Length)
            {
                best = Math.Min(best, shards.Max());
                return;
            }

            for (var shard = 0; shard < count; shard++)
            {
                shards[shard] += loads[index];
                if (shards[shard] < best)
                {
                    Place(index + 1);
                }

                shards[shard] -= loads[index];
            }
        }

        Place(0);
        return best;
    }

    private sealed record Cell(CellGroup Group, int Seconds);
}
