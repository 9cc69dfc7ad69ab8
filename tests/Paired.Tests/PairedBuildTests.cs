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
        Assert.NotEqual(runA.Method.DeclaringType, runB.Method.DeclaringType); // each build's own code
        Assert.True(runA(1) > 0);
        Assert.True(runB(1) > 0);
    }

    [Fact]
    public void A_cell_the_build_cannot_run_in_process_gives_no_runner()
    {
        var build = PairedBuild.Load("a", copies.Copy("a"));

        Assert.Null(build.CreateRunner("matrix/cow/read99/10000/2/uniform"));
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
