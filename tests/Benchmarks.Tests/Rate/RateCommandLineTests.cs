using Lab.Benchmarks.Cli;
using Lab.Benchmarks.Rate;
using Lab.Benchmarks.Tests.Cli;

namespace Lab.Benchmarks.Tests.Rate;

[Collection(RunnerTestGroup.Name)]
public sealed class RateCommandLineTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-rate-cli-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("--profile: 'turbo' is not one of quick, default, full", "--profile", "turbo")]
    [InlineData("--gc: 'parallel' is not one of workstation, server, concurrent-off", "--gc", "parallel")]
    [InlineData("--maps: 'dictionary' is not a thread-safe catalog id", "--maps", "cow,dictionary")]
    [InlineData("--rates: '5x' is not writes per second", "--rates", "0,5x")]
    [InlineData("--sizes: '0' is not a size", "--sizes", "0")]
    [InlineData("--readers: 'many' is not a thread count", "--readers", "many")]
    [InlineData("--window-ms: 'soon' is not a duration", "--window-ms", "soon")]
    [InlineData("--replicates: '0' is not a replicate count", "--replicates", "0")]
    [InlineData("--warmup-cap-ms: 'never' is not a duration", "--warmup-cap-ms", "never")]
    [InlineData("--profile needs a value", "--profile")]
    [InlineData("unknown option '--filter'", "--filter", "*")]
    public void Bad_input_exits_2_with_a_message_and_writes_nothing(string message, params string[] args)
    {
        var results = Path.Combine(root, "results");
        var (code, _, error) = LabRunnerTests.Run(["rate", .. args, "--results", results]);
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void Narrowing_options_replace_the_profiles_dimensions()
    {
        var options = RateCommandLine.Parse(["--profile", "quick", "--maps", "cow,noop", "--sizes", "1000", "--rates", "max,0,10", "--readers", "1,cores", "--gc", "server", "--window-ms", "250"]);
        var cells = options.Profile.Cells(cores: 2);
        Assert.Equal(2 * 1 * 3 * 2 * 3, cells.Count);
        Assert.Equal(["0", "10", "max"], cells.Select(cell => cell.Rate.Label).Distinct());
        Assert.Equal([1, 2], cells.Select(cell => cell.Readers).Distinct().Order());
        Assert.All(cells, cell => Assert.Equal(GcMode.Server, cell.Gc));
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Profile.Window);
    }

    [Fact]
    public void The_default_profile_plans_every_thread_safe_map_in_3_replicates_within_22_minutes_on_2_cores()
    {
        var processes = RateProfile.Default.Processes(cores: 2);
        var cells = RateProfile.Default.Cells(cores: 2);
        Assert.Equal(13 * 2 * 2 * 4 * 3, cells.Count);
        Assert.Equal(2 * 2 * 3, processes.Count);
        Assert.All(processes, process => Assert.Equal(13 * 4, process.Cells.Count));
        Assert.All(cells.GroupBy(cell => cell.Id), cell => Assert.Equal([1, 2, 3], cell.Select(measurement => measurement.Replicate).Order()));
        var estimate = RateEstimate.For(processes, RateProfile.Default);
        Assert.Equal(12, estimate.Processes);
        Assert.InRange(estimate.Duration, TimeSpan.FromMinutes(12), TimeSpan.FromMinutes(22));
        Assert.InRange(RateEstimate.For(RateProfile.Quick.Processes(cores: 2), RateProfile.Quick).Duration, TimeSpan.Zero, TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void The_quick_and_full_profiles_plan_their_cells()
    {
        Assert.Equal(5 * 2 * 1 * 2 * 3, RateProfile.Quick.Cells(cores: 2).Count);
        Assert.Equal(2 * 3, RateProfile.Quick.Processes(cores: 2).Count);
        Assert.Equal(13 * 4 * 3 * 7 * 3 * 3, RateProfile.Full.Cells(cores: 2).Count);
        Assert.Equal(4 * 3 * 3 * 3, RateProfile.Full.Processes(cores: 2).Count);
    }

    [Fact]
    public void Replicates_option_sets_the_processes_per_group()
    {
        var options = RateCommandLine.Parse(["--profile", "quick", "--replicates", "5", "--warmup-cap-ms", "2500"]);
        Assert.Equal(5, options.Profile.Replicates);
        Assert.Equal(TimeSpan.FromMilliseconds(2500), options.Profile.WarmupCap);
        Assert.Equal(2 * 5, options.Profile.Processes(cores: 2).Count);
    }

    [Fact]
    public void Plan_prints_the_cells_and_the_estimate_and_runs_nothing()
    {
        var results = Path.Combine(root, "results");
        var (code, output, _) = LabRunnerTests.Run("rate", "--profile", "default", "--plan", "--results", results);
        Assert.Equal(0, code);
        Assert.Contains("624 cell measurements in 12 child processes, estimated", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void One_help_covers_the_matrix_and_rate_runs()
    {
        var (code, output, _) = LabRunnerTests.Run("rate", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--window-ms", output, StringComparison.Ordinal);
        Assert.Contains("rate [rate options]", LabCommandLine.Help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rate/cow/100000/2/100/workstation")]
    [InlineData("rate/noop/1000/1/max/concurrent-off")]
    [InlineData("rate/hamt/10000/4/0/server")]
    public void Cell_ids_round_trip(string id) => Assert.Equal(id, RateCell.Parse(id)!.Id.ToString());

    [Theory]
    [InlineData("matrix/cow/100000/2/100/workstation")]
    [InlineData("rate/cow/-1/2/100/workstation")]
    [InlineData("rate/cow/1000/2/fast/workstation")]
    [InlineData("rate/cow/1000/2/100")]
    public void Malformed_cell_ids_are_rejected(string id) => Assert.Null(RateCell.Parse(id));
}
