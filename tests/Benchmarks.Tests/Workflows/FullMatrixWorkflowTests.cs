using System.Diagnostics;
using System.Globalization;
using Lab.Benchmarks.Tests.Cli;
using YamlDotNet.RepresentationModel;

namespace Lab.Benchmarks.Tests.Workflows;

/// <summary>
/// The lint of <c>.github/workflows/full-matrix.yml</c> that this machine can do: the YAML parses, its default
/// <c>shards</c> is a shard count the app's <see cref="Shard"/> parser and the full profile accept, the matrix's
/// shard list is 1..n (its step run here with bash), both runner kinds are in the matrix, every shard job runs
/// <c>--shard i/n</c> and uploads its folder under a name per runner and shard, and the last job merges through
/// <c>scripts/lab merge</c> and writes the job summary.
/// </summary>
[Collection(RunnerTestGroup.Name)]
public sealed class FullMatrixWorkflowTests
{
    private static readonly string root = RepositoryLayout.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no repository root");

    private readonly YamlMappingNode workflow = Load();

    private YamlMappingNode Jobs => Map(workflow, "jobs");

    private int DefaultShards
    {
        get
        {
            var inputs = Map(Map(Map(workflow, "on"), "workflow_dispatch"), "inputs");
            return int.Parse(Text(Map(inputs, "shards"), "default") ?? "", NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }

    [Fact]
    public void The_default_shard_count_is_a_valid_n_for_the_apps_shard_parser_and_the_full_profile()
    {
        var n = DefaultShards;
        Assert.All(Shard.All(n), shard => Assert.True(Shard.TryParse(shard.ToString(), out _, out var problem), problem));
        var (code, output, error) = LabRunnerTests.Run("--profile", "full", "--plan", "--shards", n.ToString(CultureInfo.InvariantCulture));
        Assert.True(code == 0, error);
        Assert.Equal(n, output.Split('\n').Count(line => line.StartsWith("// lab: shard ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_matrix_runs_shards_1_to_n_on_both_runner_kinds()
    {
        var matrix = Map(Map(Map(Jobs, "shard"), "strategy"), "matrix");
        Assert.Equal(["ubuntu-24.04", "ubuntu-24.04-arm"], ((YamlSequenceNode)matrix.Children[new YamlScalarNode("runner")]).Children.Select(node => ((YamlScalarNode)node).Value));
        Assert.Equal("${{ fromJSON(needs.plan.outputs.indices) }}", Text(matrix, "shard"));
        Assert.Equal("${{ steps.indices.outputs.indices }}", Text(Map(Map(Jobs, "plan"), "outputs"), "indices"));

        var step = Step("plan", "indices");
        var n = DefaultShards;
        Assert.Equal($"[{string.Join(',', Enumerable.Range(1, n))}]", RunStep(Text(step, "run"), n.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("${{ inputs.shards }}", Text(Map(step, "env"), "SHARDS"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("x")]
    [InlineData("")]
    public void The_shard_list_step_refuses_a_shard_count_that_is_not_positive(string shards)
        => Assert.Null(RunStep(Text(Step("plan", "indices"), "run"), shards));

    [Fact]
    public void Every_shard_job_runs_its_shard_and_uploads_it_named_by_runner_and_shard()
    {
        var steps = Steps("shard");
        var measure = Assert.Single(steps, step => Text(step, "run")?.Contains("--shard", StringComparison.Ordinal) == true);
        Assert.Contains("scripts/bench --profile \"$PROFILE\" --shard \"$SHARD\"", Text(measure, "run"), StringComparison.Ordinal);
        var shard = Text(Map(measure, "env"), "SHARD")!;
        Assert.Equal("${{ matrix.shard }}/${{ inputs.shards }}", shard);
        var n = DefaultShards;
        Assert.All(Enumerable.Range(1, n), i => Assert.Equal(new Shard(i, n), Shard.Parse(shard.Replace("${{ matrix.shard }}", $"{i}", StringComparison.Ordinal).Replace("${{ inputs.shards }}", $"{n}", StringComparison.Ordinal))));
        Assert.Equal("${{ matrix.runner }}", Text(Map(Jobs, "shard"), "runs-on"));

        var upload = Assert.Single(steps, step => Text(step, "uses")?.StartsWith("actions/upload-artifact", StringComparison.Ordinal) == true);
        var with = Map(upload, "with");
        Assert.Contains("${{ matrix.runner }}", Text(with, "name"), StringComparison.Ordinal);
        Assert.Contains("${{ matrix.shard }}", Text(with, "name"), StringComparison.Ordinal);
        Assert.EndsWith("-shard-${{ matrix.shard }}-of-${{ inputs.shards }}/", Text(with, "path"), StringComparison.Ordinal); // RunInfo.AsShard's folder name
    }

    [Fact]
    public void The_last_job_merges_each_runner_kind_publishes_and_writes_the_summary()
    {
        var merge = Map(Jobs, "merge");
        Assert.Equal("shard", Text(merge, "needs"));
        var run = string.Join('\n', Steps("merge").Select(step => Text(step, "run") ?? ""));
        Assert.Contains("scripts/lab merge ", run, StringComparison.Ordinal);
        Assert.Contains("--out ", run, StringComparison.Ordinal);
        Assert.Contains("scripts/lab publish ", run, StringComparison.Ordinal);
        Assert.Contains("scripts/lab plot ", run, StringComparison.Ordinal); // machines side by side: x64 with arm64 beside it
        Assert.Contains("$GITHUB_STEP_SUMMARY", run, StringComparison.Ordinal);
        Assert.Contains("for runner in ubuntu-24.04 ubuntu-24.04-arm", run, StringComparison.Ordinal);
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(root, ".github", "workflows", "full-matrix.yml"));
        stream.Load(reader);
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private List<YamlMappingNode> Steps(string job) => [.. ((YamlSequenceNode)Map(Jobs, job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>()];

    private YamlMappingNode Step(string job, string id) => Assert.Single(Steps(job), step => Text(step, "id") == id);

    private static YamlMappingNode Map(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? (YamlMappingNode)child : throw new Xunit.Sdk.XunitException($"no '{key}' in the workflow");

    private static string? Text(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? ((YamlScalarNode)child).Value : null;

    /// <summary>Runs a step's script with bash as Actions would (env SHARDS, a GITHUB_OUTPUT file); the <c>indices</c> it wrote, or null when it failed.</summary>
    private static string? RunStep(string? script, string shards)
    {
        var output = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("bash", ["-e", "-c", script ?? "exit 1"]) { RedirectStandardError = true, RedirectStandardOutput = true };
            start.Environment["SHARDS"] = shards;
            start.Environment["GITHUB_OUTPUT"] = output;
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0
                ? File.ReadAllLines(output).Select(line => line.Split('=', 2)).Single(parts => parts[0] == "indices")[1]
                : null;
        }
        finally
        {
            File.Delete(output);
        }
    }
}
