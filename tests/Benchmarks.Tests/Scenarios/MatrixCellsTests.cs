using Lab.Benchmarks.Scenarios;
using Lab.Benchmarks.Scenarios.Targets;
using Lab.Benchmarks.Workloads;
using Lab.References;

namespace Lab.Benchmarks.Tests.Scenarios;

public class MatrixCellsTests
{
    [Fact]
    public void Default_profile_is_every_thread_safe_map_plus_noop_over_the_issue_matrix()
    {
        var plan = MatrixCells.For(BenchmarkProfile.Default, cores: 2);
        var shared = LabMaps.ThreadSafe.Count + 1;
        Assert.Equal((shared * 4 * 3 * 3) + 3, plan.Cells.Count);
        Assert.Empty(plan.Skipped);
        Assert.Equal([1, 2, 4], plan.Cells.Select(cell => cell.Threads).Distinct().Order());
        Assert.All(plan.Cells, cell => Assert.Equal(KeyDistribution.Uniform, cell.Keys));
        Assert.Equal(plan.Cells.Count, plan.Cells.Select(cell => ((IBenchmarkCell)cell).Id).Distinct().Count());
    }

    [Fact]
    public void The_unsynchronized_dictionary_appears_only_single_threaded_and_read_only()
    {
        foreach (var profile in BenchmarkProfile.All)
        {
            var dictionaryCells = MatrixCells.For(profile, cores: 2).Cells.Where(cell => cell.Map == "dictionary").ToList();
            Assert.NotEmpty(dictionaryCells);
            Assert.All(dictionaryCells, cell => Assert.True(cell.Threads == 1 && cell.MixId == "read100"));
        }
    }

    [Fact]
    public void Every_cell_replays_whole_blocks_and_expensive_writes_get_fewer_operations()
    {
        var cells = MatrixCells.For(BenchmarkProfile.Default, cores: 2).Cells;
        Assert.All(cells, cell => Assert.Equal(0, cell.OpsPerThread % Mix.Get(cell.MixId).BlockSize));
        MatrixCell Find(string map) => cells.Single(cell => cell.Map == map && cell.MixId == "read50" && cell.Size == 100_000 && cell.Threads == 2);
        Assert.True(Find("frozen").OpsPerThread < Find("cow").OpsPerThread);
        Assert.True(Find("cow").OpsPerThread < Find("concurrent").OpsPerThread);
    }

    [Fact]
    public void Cells_whose_smallest_invocation_is_too_long_are_skipped_with_the_reason()
    {
        var plan = MatrixCells.For(BenchmarkProfile.Default with { MaxInvocationMs = 1 }, cores: 2);
        Assert.Contains(plan.Skipped, reason => reason.StartsWith("matrix/frozen/read50/100000/", StringComparison.Ordinal) && reason.Contains("limit 1 ms", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Cells, cell => cell.Map == "frozen" && cell.MixId == "read50" && cell.Size == 100_000);
        Assert.Contains(plan.Cells, cell => cell.Map == "concurrent" && cell.MixId == "read50" && cell.Size == 100_000);
    }

    [Fact]
    public void Full_profile_adds_churn_large_maps_and_other_key_distributions()
    {
        var cells = MatrixCells.For(BenchmarkProfile.Full, cores: 2).Cells;
        Assert.Contains(cells, cell => cell.MixId == "churn" && cell.Keys == KeyDistribution.Prefix);
        Assert.Contains(cells, cell => cell.Size == 1_000_000 && cell.Keys == KeyDistribution.Zipf);
    }

    [Fact]
    public void Cells_survive_the_trip_through_generated_source()
    {
        var cell = MatrixCells.For(BenchmarkProfile.Quick, cores: 2).Cells[3];
        Assert.Equal(
            $"new Lab.Benchmarks.Scenarios.CellParameter(new Lab.Benchmarks.Scenarios.MatrixCell(\"{cell.Map}\", \"{cell.MixId}\", {cell.Size}, {cell.Threads}, \"{cell.Keys}\", {cell.OpsPerThread}, 2))",
            new CellParameter(cell).ToSourceCode());
        Assert.Equal($"{cell.Map}/{cell.MixId}/{cell.Size}/{cell.Threads}/{cell.Keys}", new CellParameter(cell).DisplayText);
    }

    [Fact]
    public void Targets_cover_every_design_target()
    {
        var lookups = TargetOperations.Cells(TargetOperations.Lookup, BenchmarkProfile.Default).ToList();
        Assert.Equal(24, lookups.Count);
        Assert.Contains(TargetOperations.Cells(TargetOperations.Insert, BenchmarkProfile.Default), cell => cell is { Map: "hamt", Size: 100_000 });
        Assert.Equal(
            ["cas", "cow", "hamt", "immutable", "imtools", "languageext", "sharded"],
            TargetOperations.Cells(TargetOperations.Update, BenchmarkProfile.Default).Select(cell => cell.Map).Distinct().Order());
    }

    [Fact]
    public void Persistent_map_targets_compare_hamt_with_the_reference_maps_at_every_size()
    {
        string[] persistent = ["dictionary", "hamt", "immutable", "languageext", "imtools"];
        foreach (var operation in new[] { TargetOperations.LookupShuffled, TargetOperations.Insert, TargetOperations.Update })
        {
            var cells = TargetOperations.Cells(operation, BenchmarkProfile.Default).ToList();
            Assert.All(BenchmarkProfile.Default.TargetSizes, size => Assert.Contains(cells, cell => cell is { Map: "languageext" } && cell.Size == size));
            Assert.All(BenchmarkProfile.Default.TargetSizes, size => Assert.Contains(cells, cell => cell is { Map: "hamt" } && cell.Size == size));
        }

        foreach (var operation in new[] { TargetOperations.Enumerate, TargetOperations.Create })
        {
            Assert.Equal(
                persistent.Order(),
                TargetOperations.Cells(operation, BenchmarkProfile.Default).Select(cell => cell.Map).Order());
        }
    }

    [Fact]
    public void Shuffled_lookups_probe_every_key_once_per_pass()
    {
        var indexes = TargetOperations.ShuffledIndexStream(1_000, 2_500);
        Assert.Equal(Enumerable.Range(0, 1_000), indexes.Take(1_000).Order());
        Assert.Equal(Enumerable.Range(0, 1_000), indexes.Skip(1_000).Take(1_000).Order());
        Assert.NotEqual(indexes.Take(1_000), indexes.Skip(1_000).Take(1_000));
        Assert.Equal(500, indexes.Skip(2_000).Distinct().Count());
    }
}
