using System.Globalization;
using Lab.Benchmarks.Experiments;
using Lab.Benchmarks.Tests.Cli;

namespace Lab.Benchmarks.Tests.Experiments;

/// <summary>
/// <c>--profile experiments --dry</c> through the real entry point: every experiment's code path
/// runs on tiny cells and lands in experiments.csv with the documented columns; latest/ is left alone.
/// A few seconds on 2 busy cores.
/// </summary>
[Collection(RunnerTestGroup.Name)]
public sealed class ExperimentsProfileTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-experiments-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Dry_run_writes_every_experiment_and_metric_to_experiments_csv()
    {
        var results = Path.Combine(root, "results");
        var (code, output, error) = LabRunnerTests.Run("--profile", "experiments", "--dry", "--results", results);

        Assert.True(code == 0, $"exit {code}\n{error}\n{output}");
        var run = Assert.Single(Directory.GetDirectories(results));
        var lines = File.ReadAllLines(Path.Combine(run, ResultFiles.Experiments));
        Assert.Equal("experiment,variant,size,threads,param_name,param,rep,metric,unit,value", lines[0]);
        var pairs = lines.Skip(1).Select(line => line.Split(',')).Select(fields => (Experiment: fields[0], Metric: fields[7])).ToHashSet();
        (string, string)[] expected =
        [
            (ShardScalingExperiment.Id, ExperimentMetrics.WritesPerSecond.Id),
            (ShardScalingExperiment.Id, ExperimentMetrics.EntriesCopiedPerWrite.Id),
            (WriteCostExperiment.Id, ExperimentMetrics.NsPerWrite.Id),
            (WriteCostExperiment.Id, ExperimentMetrics.BytesPerWrite.Id),
            (BatchingExperiment.Id, ExperimentMetrics.BytesPerUpdate.Id),
            (BatchingExperiment.Id, ExperimentMetrics.Gen2PerUpdate.Id),
            (LayeredCompactionExperiment.Id, ExperimentMetrics.ReadP50Ns.Id),
            (LayeredCompactionExperiment.Id, ExperimentMetrics.ReadP999Ns.Id),
            (LayeredCompactionExperiment.Id, ExperimentMetrics.CompactionMs.Id),
            (CasContentionExperiment.Id, ExperimentMetrics.CasRetriesPerWrite.Id),
            (MemoryGrowthExperiment.Id, ExperimentMetrics.ManagedHeapBytes.Id),
            (MemoryGrowthExperiment.Id, ExperimentMetrics.LiveBytes.Id),
        ];
        Assert.All(expected, pair => Assert.Contains(pair, pairs));

        // Every timed write changes its value, so every write clones its shard (a repeated value would be skipped as a no-op).
        var copied = lines.Skip(1).Select(line => line.Split(','))
            .Where(fields => fields[0] == ShardScalingExperiment.Id && fields[5] == "1" && fields[7] == ExperimentMetrics.EntriesCopiedPerWrite.Id)
            .ToList();
        Assert.NotEmpty(copied);
        Assert.All(copied, fields => Assert.Equal(double.Parse(fields[2], CultureInfo.InvariantCulture), double.Parse(fields[9], CultureInfo.InvariantCulture), 6));
        Assert.True(File.Exists(Path.Combine(run, ResultFiles.Environment)));
        Assert.Contains(",experiments-dry,", File.ReadAllLines(Path.Combine(run, ResultFiles.Environment))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_runs_the_named_experiment()
    {
        var results = Path.Combine(root, "results");
        var (code, _, error) = LabRunnerTests.Run("--profile=experiments", "--dry", "--only", WriteCostExperiment.Id, "--results", results);

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(Path.Combine(Assert.Single(Directory.GetDirectories(results)), ResultFiles.Experiments)).Skip(1).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.StartsWith(WriteCostExperiment.Id + ",", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--only", "no-such-experiment")]
    [InlineData("--bogus")]
    [InlineData("--only")]
    public void Bad_options_exit_2_and_write_nothing(params string[] bad)
    {
        var results = Path.Combine(root, "results");
        var (code, _, error) = LabRunnerTests.Run(["--profile", "experiments", "--dry", .. bad, "--results", results]);
        Assert.Equal(2, code);
        Assert.Contains("error:", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void Plan_prints_the_estimate_and_runs_nothing()
    {
        var results = Path.Combine(root, "results");
        var (code, output, _) = LabRunnerTests.Run("--profile", "experiments", "--plan", "--results", results);
        Assert.Equal(0, code);
        Assert.Contains("estimated", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void The_full_experiments_fit_the_time_budget_on_two_cores()
    {
        var total = ExperimentPlan.Full(2).Aggregate(TimeSpan.Zero, (sum, experiment) => sum + experiment.Estimate);
        Assert.InRange(total, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(15));
    }
}
