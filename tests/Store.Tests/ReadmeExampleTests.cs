using System.Reflection;
using System.Text.RegularExpressions;

namespace Lab.CowStore.Tests;

public sealed partial class ReadmeExampleTests
{
    [Fact]
    public void The_README_example_is_the_sample_program_verbatim()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("src", "Store", "README.md"));
        var program = File.ReadAllText(RepositoryPaths.Combine("samples", "StoreExample", "Program.cs"));

        var block = CSharpBlock().Match(readme);

        Assert.True(block.Success, "no ```csharp block in src/Store/README.md");
        Assert.Equal(program, block.Groups["code"].Value);
    }

    [Fact]
    public void The_sample_program_runs_and_prints_what_the_README_shows()
    {
        var entryPoint = Assembly.Load("Lab.CowStore.Example").EntryPoint!;
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            entryPoint.Invoke(null, [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(original);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("v1: info", lines[0]);
        Assert.Equal("Update rejected: MaxRetries must be 0..100, got 500", lines[1]);
        Assert.Equal(["~ LogLevel: info -> debug", "+ Hosts[0] = db-1"], lines[2..4]);
        Assert.Matches(@"^LoadFailed: .*app\.json: line 1, byte 69 \(at \$\.timeout\): The JSON property 'timeout' could not be mapped", lines[4]);
        Assert.Equal(["Published", "subscriber at v3, skipped 2", "restored v3 with 2 hosts"], lines[5..]);
    }

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
