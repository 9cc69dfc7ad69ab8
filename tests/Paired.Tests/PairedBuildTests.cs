namespace Lab.Paired.Tests;

public sealed class PairedBuildTests : IDisposable
{
    private const string cell = "targets/dictionary/lookup/1000/1/uniform";

    private readonly BuildCopies copies = new();

    public void Dispose() => copies.Dispose();

    [Fact]
    public void Two_copies_of_a_build_load_side_by_side_and_both_run_the_cell()
    {
        var a = PairedBuild.Load("a", copies.Copy("a"));
        var b = PairedBuild.Load("b", copies.Copy("b"));

        Assert.NotSame(a.Context, b.Context);
        Assert.NotSame(a.Assembly, b.Assembly);
        Assert.Equal(a.Assembly.FullName, b.Assembly.FullName);
        Assert.NotEqual(a.Assembly.GetType(PairedBuild.ContractType), b.Assembly.GetType(PairedBuild.ContractType));
        Assert.StartsWith(copies.Root, a.Assembly.Location, StringComparison.Ordinal);

        var runA = a.CreateRunner(cell);
        var runB = b.CreateRunner(cell);

        Assert.NotNull(runA);
        Assert.NotNull(runB);
        Assert.NotEqual(runA.Run.Method.Module, runB.Run.Method.Module); // each build's own code
        Assert.True(runA.Run(1) > 0);
        Assert.True(runB.Run(1) > 0);
    }

    [Fact]
    public void Every_cell_of_the_quick_profile_runs_in_process()
    {
        var folder = copies.Copy("a");
        var cells = QuickCells(folder);
        var build = PairedBuild.Load("a", folder);

        Assert.Contains(cells, c => c.StartsWith("matrix/", StringComparison.Ordinal) && c.Contains("/2/", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Contains("/insert/", StringComparison.Ordinal));
        foreach (var cell in cells)
        {
            var runner = build.CreateRunner(cell);
            Assert.True(runner is not null, $"{cell} has no in-process runner");
            try
            {
                runner.Run(1);
                runner.AfterSlice();
            }
            finally
            {
                runner.Close();
            }
        }
    }

    [Fact]
    public void An_insert_slice_is_bounded_and_undone_after_the_slice()
    {
        var runner = PairedBuild.Load("a", copies.Copy("a")).CreateRunner("targets/hamt/insert/1000/1/uniform");

        Assert.NotNull(runner);
        Assert.Equal(32, runner.MaxInvocations); // as many as one BenchmarkDotNet iteration: the map grows by at most 512 keys
        var first = runner.Run(2); // the insert benchmark returns its cursor into the fresh keys: 16, then 32
        runner.AfterSlice();
        var second = runner.Run(2);

        Assert.Equal(16 + 32, first);
        Assert.Equal(first, second); // the inserted keys were removed and the cursor rewound
        runner.Close();
    }

    [Fact]
    public void Other_cells_may_run_slices_of_any_length()
    {
        var build = PairedBuild.Load("a", copies.Copy("a"));

        foreach (var cell in new[] { "targets/cow/update/1000/1/uniform", "targets/hamt/lookup/1000/1/uniform", "matrix/cow/read100/1000/2/uniform" })
        {
            var runner = build.CreateRunner(cell);
            Assert.NotNull(runner);
            Assert.Equal(int.MaxValue, runner.MaxInvocations);
            runner.Close();
        }
    }

    [Fact]
    public void Each_runner_states_the_operations_of_its_invocation_and_two_maps_of_one_cell_differ()
    {
        var build = PairedBuild.Load("a", copies.Copy("a"));
        var cow = build.CreateRunner("matrix/cow/read99/100000/2/uniform");
        var leftright = build.CreateRunner("matrix/leftright/read99/100000/2/uniform");
        var lookup = build.CreateRunner("targets/hamt/lookup/1000/1/uniform");

        Assert.NotNull(cow);
        Assert.NotNull(leftright);
        Assert.NotNull(lookup);
        try
        {
            // The cost model sizes a matrix invocation per map: a copying writer's invocation is far shorter.
            Assert.True(cow.OperationsPerInvocation < leftright.OperationsPerInvocation, $"cow {cow.OperationsPerInvocation}, leftright {leftright.OperationsPerInvocation}");
            Assert.Equal(1024, lookup.OperationsPerInvocation); // the lookup target's OperationsPerInvoke
        }
        finally
        {
            cow.Close();
            leftright.Close();
            lookup.Close();
        }
    }

    private static List<string> QuickCells(string folder)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(folder, "Lab.Benchmarks.dll"), "--profile", "quick", "--cells"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    [Fact]
    public void A_cell_the_build_cannot_run_in_process_gives_no_runner()
    {
        var build = PairedBuild.Load("a", copies.Copy("a"));

        Assert.Null(build.CreateRunner("matrix/cow/read99/12345/2/uniform"));
        Assert.Null(build.CreateRunner("targets/cow/insert/1000/1/uniform")); // cow has no insert target
        Assert.Null(build.CreateRunner("targets/nope/lookup/1000/1/uniform"));
    }

    [Fact]
    public void A_build_without_the_contract_falls_back_to_launch_mode_with_a_clear_message()
    {
        // Lab.Implementations carries no PairedSlices: it stands for a commit before the contract.
        var folder = copies.Copy("old");
        File.Copy(Path.Combine(folder, "Lab.Benchmarks.deps.json"), Path.Combine(folder, "Lab.Implementations.deps.json"));

        var error = Assert.Throws<ContractMissingException>(() => PairedBuild.Load("old", folder, "Lab.Implementations.dll"));

        Assert.Contains("has no Lab.Benchmarks.Paired.PairedSlices", error.Message, StringComparison.Ordinal);
        Assert.Contains("launch mode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_the_build_is_a_clear_error()
    {
        var error = Assert.Throws<FileNotFoundException>(() => PairedBuild.Load("x", Path.Combine(copies.Root, "missing")));

        Assert.Contains("no such build output", error.Message, StringComparison.Ordinal);
    }
}
