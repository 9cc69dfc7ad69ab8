using Lab.Benchmarks.Cli;

namespace Lab.Benchmarks.Tests.Cli;

public sealed class FilterGlobTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("lab-glob-").FullName;

    public FilterGlobTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "Cli"));
        File.WriteAllText(Path.Combine(folder, "README.md"), string.Empty);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("--filter", "Cli", "README.md")]
    [InlineData("-f", "README.md", "--job", "Dry")]
    [InlineData("--filter=Cli")]
    public void Filters_that_are_all_entries_of_the_folder_look_expanded(params string[] args)
        => Assert.True(FilterGlob.LooksExpanded(args, folder));

    [Theory]
    [InlineData("--filter", "Cli", "Nope")]
    [InlineData("--filter", "*")]
    [InlineData("--filter", "*Cli*")]
    [InlineData("--job", "Dry")]
    [InlineData("--filter")]
    public void Anything_else_does_not(params string[] args)
        => Assert.False(FilterGlob.LooksExpanded(args, folder));

    [Fact]
    public void Unexpanding_replaces_the_filter_values_with_one_star_and_keeps_the_rest_in_order()
    {
        Assert.Equal(
            ["--job", "Dry", "--filter", "*", "--inProcess"],
            FilterGlob.Unexpand(["--job", "Dry", "--filter", "Cli", "README.md", "--inProcess"]));
        Assert.Equal(["--filter=*"], FilterGlob.Unexpand(["--filter=Cli"]));
    }
}
