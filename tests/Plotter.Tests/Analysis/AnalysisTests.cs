using Lab.Maps;
using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Analysis;

public sealed class AnalysisTests
{
    private static readonly BenchmarkResults fixture = BenchmarkResults.Load(FixtureFolder.Source);

    [Fact]
    public void Matrix_dimensions_come_in_display_order()
    {
        var matrix = new MatrixView(fixture);

        Assert.Equal(["cow", "rwlock", "concurrent", "sharded", "hamt", "cas", "immutable", "dictionary", "noop"], matrix.Maps);
        Assert.Equal(["read100", "read90", "read50"], matrix.Mixes);
        Assert.Equal([1000, 10000, 100000], matrix.Sizes);
        Assert.Equal([1, 2, 4], matrix.Threads);
        Assert.Equal(["uniform"], matrix.Keys);
        Assert.DoesNotContain(matrix.Rows, row => row.Cell.Scenario != ScenarioNames.Matrix);
    }

    [Fact]
    public void Absent_cells_list_missing_cells_but_not_the_baseline_outside_its_single_threaded_read_cells()
    {
        var absent = AbsentCells.Find(new MatrixView(fixture));

        Assert.Equal(["matrix/rwlock/read50/100000/4/uniform"], absent);
    }

    [Fact]
    public void Winner_is_the_fastest_recommendable_map_with_its_margin()
    {
        var verdicts = WinnerJudge.Judge(new MatrixView(fixture));

        Assert.Equal(3 * 3 * 3, verdicts.Count);
        Assert.DoesNotContain(verdicts, v => v.Leader.Cell.Map is "noop" or "dictionary");
        var cell = verdicts.Single(v => v is { Threads: 2, Mix: "read90", Size: 10000 });
        Assert.Equal("concurrent", cell.Leader.Cell.Map);
        Assert.Equal("hamt", cell.RunnerUp!.Cell.Map);
        Assert.Equal((cell.RunnerUp.NsPerOp / cell.Leader.NsPerOp) - 1, cell.Margin!.Value, 12);
        Assert.False(cell.IsTie);
        Assert.False(cell.TooFewIterations);
    }

    [Fact]
    public void Maps_with_the_same_cost_are_a_statistical_tie()
    {
        // The fixture gives cow and cas the same read cost: pure-read cells must be ties between them.
        var verdicts = WinnerJudge.Judge(new MatrixView(fixture)).Where(v => v.Mix == "read100").ToList();

        Assert.All(verdicts, v =>
        {
            Assert.Contains(v.Leader.Cell.Map, new[] { "cow", "cas" });
            Assert.Contains(v.Leader.Cell.Map == "cow" ? "cas" : "cow", v.TiedWith);
        });
    }

    [Fact]
    public void Ties_are_the_comparisons_Same_on_iterations_and_need_iterations()
    {
        var leader = Row("matrix/cow/read100/1000/1/uniform", 10, 9.9, 10.1);
        var same = Row("matrix/cas/read100/1000/1/uniform", 10.05, 9.95, 10.15);
        var slower = Row("matrix/hamt/read100/1000/1/uniform", 12, 11.9, 12.1);
        double[] around10 = [9.9, 10.0, 10.1, 10.05, 9.95, 10.02, 9.98];
        double[] around12 = [11.9, 12.0, 12.1, 12.05, 11.95, 12.02, 11.98];
        var measured = Results(leader, same, slower, new() { [leader.Cell.ToString()] = around10, [same.Cell.ToString()] = around10, [slower.Cell.ToString()] = around12 });
        var unmeasured = Results(leader, same, slower, []);

        var judged = TieJudge.Judge(measured, leader, [same, slower]);
        Assert.Equal([Verdict.Same, Verdict.Slower], judged.Select(d => d.Comparison.Verdict));
        Assert.Equal([true, false], judged.Select(d => d.IsTie));
        Assert.All(judged, d => Assert.True(d.Tested));

        // Without iterations there is nothing to test: neither a tie nor separated, and said so (overlapping
        // confidence intervals are not Same, so they no longer make a tie).
        var untested = TieJudge.Judge(unmeasured, leader, [same, slower]);
        Assert.All(untested, d => Assert.True(d is { IsTie: false, IsUndecided: true, Tested: false }));
    }

    [Fact]
    public void Persistent_map_targets_read_the_reference_rows()
    {
        var template = fixture.Summary.First(row => row.Cell is { Scenario: ScenarioNames.Targets, Map: "hamt", Mix: "lookup" });
        SummaryRow Row(string map, string mix, int size, double ns, double bytes)
            => template with { Cell = template.Cell with { Map = map, Mix = mix, Size = size }, NsPerOp = ns, BytesPerOp = bytes };
        var results = fixture with
        {
            Summary =
            [
                Row("hamt", "lookup-shuffled", 1_000, 10, 0), Row("languageext", "lookup-shuffled", 1_000, 40, 0),
                Row("dictionary", "lookup-shuffled", 1_000, 5, 0),
                Row("hamt", "update", 100_000, 700, 900), Row("languageext", "update", 100_000, 600, 1_000),
                Row("imtools", "update", 100_000, 2_000, 600),
            ],
        };

        var evaluated = TargetEvaluator.Evaluate(results, DesignTargets.For(fixture.Environment));

        var lookup = evaluated.Single(r => r.Target.Name == "HAMT lookup vs LanguageExt, all keys shuffled");
        Assert.Equal((1_000, 0.25, true), (lookup.Size, lookup.Figure, lookup.Passed));
        var versusDictionary = evaluated.Single(r => r.Target.Name == "HAMT lookup vs Dictionary, all keys shuffled (1K)");
        Assert.Equal((2.0, false), (versusDictionary.Figure, versusDictionary.Passed));
        var update = evaluated.Single(r => r.Target.Name == "HAMT new version, existing key, vs LanguageExt");
        Assert.False(update.Passed);
        var bytes = evaluated.Single(r => r.Target.Name == "HAMT new version bytes, existing key, vs ImTools (100K)");
        Assert.Equal((1.5, false), (bytes.Figure, bytes.Passed));
        var enumeration = evaluated.Single(r => r.Target.Name == "HAMT enumeration vs LanguageExt");
        Assert.Equal("targets/hamt/enumerate/*/1/uniform", enumeration.Missing);
    }

    [Fact]
    public void Design_targets_pass_miss_or_are_not_measured()
    {
        var results = TargetEvaluator.Evaluate(fixture, DesignTargets.For(fixture.Environment));

        var cowRead = results.Where(r => r.Target.Name == "COW read vs Dictionary").ToList();
        Assert.Equal([1000, 10000, 100000], cowRead.Select(r => r.Size));
        Assert.All(cowRead, r => Assert.True(r.Passed));
        var insert = results.Single(r => r.Target.Name == "HAMT insert allocation (100K)");
        Assert.Equal(820, insert.Figure);
        var layered = results.Single(r => r.Target.Name == "Layered read vs frozen base read");
        Assert.Null(layered.Passed);
        Assert.Equal("targets/layered/lookup/*/1/uniform", layered.Missing);

        TargetDefinition strict = new("strict", "cow lookup ≤ 0.5 × dictionary", new("cow", "lookup", 1000), new("dictionary", "lookup", 1000), TargetMetric.NsPerOp, 0.5);
        TargetDefinition noBaseline = new("no baseline", "cow lookup ≤ frozen", new("cow", "lookup", 1000), new("frozen", "lookup"), TargetMetric.NsPerOp, 1);
        var custom = TargetEvaluator.Evaluate(fixture, [strict, noBaseline]);
        Assert.False(custom[0].Passed);
        Assert.Null(custom[1].Passed);
        Assert.Equal("targets/frozen/lookup/1000/1/uniform", custom[1].Missing);
    }

    [Fact]
    public void The_sharded_target_scales_with_the_runs_shard_count_and_assumes_todays_default_when_unrecorded()
    {
        static double ShardedLimit(IReadOnlyList<TargetDefinition> targets) => targets.Single(t => t.Name == "Sharded write vs COW write").Limit;

        Assert.Null(fixture.Environment.ShardCount);
        Assert.Equal(DesignTargets.ShardedSlack / ShardedCowMap<int, int>.DefaultShardCount, ShardedLimit(DesignTargets.For(fixture.Environment)));
        Assert.Equal(DesignTargets.ShardedSlack / 16, ShardedLimit(DesignTargets.For(fixture.Environment with { ShardCount = 16 })));
        Assert.Contains("/ 16 shards", DesignTargets.For(16).Single(t => t.Name == "Sharded write vs COW write").Requirement, StringComparison.Ordinal);
    }

    private static SummaryRow Row(string id, double ns, double lower, double upper)
    {
        var parts = id.Split('/');
        var cell = new CellId(parts[0], parts[1], parts[2], int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture), 1, parts[5]);
        return new SummaryRow
        {
            Cell = cell,
            ReadPercent = 100,
            NsPerOp = ns,
            NsPerOpMedian = ns,
            NsPerOpStdDev = 0.1,
            NsPerOpCiLower = lower,
            NsPerOpCiUpper = upper,
            MopsPerSecond = 1000 / ns,
            MopsCiLower = 1000 / upper,
            MopsCiUpper = 1000 / lower,
            Iterations = 7,
            BytesPerOp = 0,
            Gen0Per1kOps = 0,
            Gen1Per1kOps = 0,
            Gen2Per1kOps = 0,
            LockContentionsPerOp = 0,
            WorkItemsPerOp = 0,
            HarnessNsPerOp = 1,
        };
    }

    private static BenchmarkResults Results(SummaryRow a, SummaryRow b, SummaryRow c, Dictionary<string, IReadOnlyList<double>> measurements)
        => new(fixture.Environment, [a, b, c], measurements.ToDictionary(pair => CellId.Parse(pair.Key), pair => pair.Value));
}
