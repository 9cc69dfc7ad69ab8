using Lab.Benchmarks.Rate;

namespace Lab.Benchmarks.Tests.Rate;

/// <summary>The run order of a rate run's child processes: replicates interleaved, maps shuffled per replicate and group, reproducibly.</summary>
public sealed class RateProcessOrderTests
{
    private static readonly IReadOnlyList<string> maps = RateProfile.Default.Maps;

    [Fact]
    public void The_same_replicate_and_group_always_shuffle_the_same_way()
        => Assert.Equal(MapOrder.Shuffle(maps, 2, 100_000, 4, "workstation"), MapOrder.Shuffle(maps, 2, 100_000, 4, "workstation"));

    [Fact]
    public void A_shuffle_is_a_permutation_of_the_maps()
        => Assert.Equal(maps.Order(StringComparer.Ordinal), MapOrder.Shuffle(maps, 1, 10_000, 2, "workstation").Order(StringComparer.Ordinal));

    [Fact]
    public void Every_replicate_of_a_group_measures_the_maps_in_another_order()
    {
        var orders = RateProfile.Default.Processes(cores: 2)
            .GroupBy(process => process.Cells[0].Group)
            .Select(group => group.Select(process => string.Join(",", process.MapOrder)).ToList())
            .ToList();
        Assert.All(orders, replicates => Assert.Equal(replicates.Count, replicates.Distinct().Count()));
    }

    [Fact]
    public void Groups_differ_in_their_first_replicates_order()
    {
        var firsts = RateProfile.Default.Processes(cores: 2).Where(process => process.Replicate == 1).Select(process => string.Join(",", process.MapOrder)).ToList();
        Assert.True(firsts.Distinct().Count() > 1);
    }

    [Fact]
    public void Replicates_are_interleaved_replicate_1_of_every_group_first()
    {
        var processes = RateProfile.Default.Processes(cores: 2);
        Assert.Equal(
            [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3],
            processes.Select(process => process.Replicate));
        var groups = processes.Take(4).Select(process => process.Cells[0].Group).ToList();
        Assert.Equal(4, groups.Distinct().Count());
        Assert.Equal(groups, processes.Skip(4).Take(4).Select(process => process.Cells[0].Group));
    }

    [Fact]
    public void A_process_holds_one_group_and_replicate_with_each_maps_rates_ascending()
    {
        foreach (var process in RateProfile.Default.Processes(cores: 2))
        {
            Assert.Single(process.Cells.Select(cell => cell.ProcessGroup).Distinct());
            Assert.All(process.Cells, cell => Assert.Equal(process.Replicate, cell.Replicate));
            foreach (var map in process.Cells.GroupBy(cell => cell.Map))
            {
                Assert.Equal(["0", "100", "1000", "10000"], map.Select(cell => cell.Rate.Label));
            }

            Assert.Equal(process.MapOrder, process.Cells.Select(cell => cell.Map).Chunk(4).Select(chunk => chunk[0]));
        }
    }

    [Fact]
    public void Replicate_histograms_have_their_own_files()
    {
        var cell = RateCell.Parse("rate/cow/1000/2/100/workstation")!;
        Assert.Equal("histograms/rate_cow_1000_2_100_workstation.hlog", cell.HistogramPath);
        Assert.Equal("histograms/rate_cow_1000_2_100_workstation_r3.hlog", (cell with { Replicate = 3 }).HistogramPath);
    }
}
