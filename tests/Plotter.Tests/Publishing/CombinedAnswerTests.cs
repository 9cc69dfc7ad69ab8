using Lab.CommandLine;
using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Publishing;

public sealed class CombinedAnswerTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "lab-plotter-combined-answer", Guid.NewGuid().ToString("N"));
    private readonly DecisionRunFolder rate = new("20261203T090000Z-rate123");
    private readonly FixtureFolder matrix = new();

    public void Dispose()
    {
        rate.Dispose();
        matrix.Dispose();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Publishing_writes_one_page_of_latest_and_latest_rate_beside_them()
    {
        var matrixRun = Copy(matrix.Path, Path.Combine(root, "matrix-run"));
        var rateRun = Copy(DecisionRuns.WriteDefault(rate), Path.Combine(root, "rate-run"));

        Assert.Equal(ExitCodes.Success, PublishCommand.Run([matrixRun], TextWriter.Null, TextWriter.Null));
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, PublishCommand.Run([rateRun], output, TextWriter.Null));

        var page = Path.Combine(root, AnswerWriter.FileName);
        Assert.Contains($"wrote {page}", output.ToString(), StringComparison.Ordinal);
        var text = File.ReadAllText(page);
        Assert.Contains("| 100K | 4 | 1,000/s | **cow** | concurrent | 1.20× (1.15–1.25×, 75%) | faster |", text, StringComparison.Ordinal);
        Assert.Contains("| 100K | 10% | 90% reads | 4 |", text, StringComparison.Ordinal);
        Assert.Contains("](latest-rate/charts/decision-r4.png)", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(root, "latest-rate", "charts", "decision-r4.png")));
        Assert.Contains("`20261203T090000Z-rate123`", text, StringComparison.Ordinal);

        // Each latest folder also keeps its own page, the same halves as its run's.
        Assert.True(File.Exists(Path.Combine(root, "latest", AnswerWriter.FileName)));
        Assert.True(File.Exists(Path.Combine(root, "latest-rate", AnswerWriter.FileName)));
    }

    private static string Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }
}
