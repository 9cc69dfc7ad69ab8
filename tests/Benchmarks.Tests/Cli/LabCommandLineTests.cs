using Lab.Benchmarks.Cli;
using Lab.Benchmarks.Workloads;
using Lab.CommandLine;

namespace Lab.Benchmarks.Tests.Cli;

public class LabCommandLineTests
{
    [Fact]
    public void Lab_options_are_taken_out_and_the_rest_passes_through_in_order()
    {
        var options = LabCommandLine.Parse(["--filter", "*cow*", "--profile", "quick", "--job", "Dry", "--results=/tmp/r", "--list", "flat"]);
        Assert.Same(BenchmarkProfile.Quick, options.Profile);
        Assert.Equal("/tmp/r", options.ResultsDirectory);
        Assert.Equal(["--filter", "*cow*", "--job", "Dry", "--list", "flat"], options.BenchmarkArguments);
        Assert.True(options.HasFilter);
        Assert.True(options.HasJob);
        Assert.True(options.IsInformational);
    }

    [Fact]
    public void A_multi_value_filter_passes_through_whole_and_in_order()
    {
        var options = LabCommandLine.Parse(["--filter", "*Matrix*", "*Target*", "*Store*", "--profile=full", "--plan", "-j", "Dry"]);
        Assert.Same(BenchmarkProfile.Full, options.Profile);
        Assert.True(options.PlanOnly);
        Assert.Equal(["--filter", "*Matrix*", "*Target*", "*Store*", "-j", "Dry"], options.BenchmarkArguments);
    }

    [Fact]
    public void Defaults_are_the_default_profile_without_filter_or_job()
    {
        var options = LabCommandLine.Parse([]);
        Assert.Same(BenchmarkProfile.Default, options.Profile);
        Assert.Null(options.ResultsDirectory);
        Assert.False(options.HasFilter || options.HasJob || options.IsInformational || options.ShowHelp);
    }

    [Theory]
    [InlineData("--profile", "fast")]
    [InlineData("--profile=Quick")]
    [InlineData("--profile")]
    [InlineData("--results")]
    [InlineData("--profile", "--filter")]
    public void Bad_lab_options_are_rejected_with_a_message_naming_the_problem(params string[] args)
    {
        var error = Assert.Throws<UsageException>(() => LabCommandLine.Parse(args));
        Assert.Contains(args[0].Split('=')[0].TrimStart('-'), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_profile_lists_the_known_ones()
    {
        var error = Assert.Throws<UsageException>(() => LabCommandLine.Parse(["--profile", "fast"]));
        Assert.Contains("'fast'", error.Message, StringComparison.Ordinal);
        Assert.Contains("quick, default, full", error.Message, StringComparison.Ordinal);
    }
}
