
namespace Lab.Plotter.Tests.Input;

/// <summary>Every CSV committed under results/ (never edited by hand) still reads through the contract.</summary>
public sealed class CommittedResultsTests
{
    private static readonly string results = RepositoryLayout.ResultsFolder(AppContext.BaseDirectory);

    public static TheoryData<string> Folders
        => [.. Directory.EnumerateFiles(results, "*.csv", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(results, Path.GetDirectoryName(file)!))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_committed_folder_reads(string relative)
    {
        var folder = Path.Combine(results, relative);
        var read = 0;
        if (BenchmarkResults.IsIn(folder))
        {
            Assert.NotEmpty(BenchmarkResults.Load(folder).Summary);
            read++;
        }
        else if (File.Exists(Path.Combine(folder, ResultFiles.Measurements)))
        {
            Assert.NotEmpty(MeasurementRow.ReadIterations(Path.Combine(folder, ResultFiles.Measurements)));
            read++;
        }

        if (RateResults.IsIn(folder))
        {
            Assert.NotEmpty(RateResults.Load(folder).Rows);
            read++;
        }

        read += ReadIfPresent(folder, ResultFiles.Experiments, path => ExperimentRow.Read(path).Count);
        read += ReadIfPresent(folder, ResultFiles.Verdicts, path => VerdictRow.Read(path).Count);
        read += ReadIfPresent(folder, ResultFiles.Paired, path => PairedMeasurements.Read(path).Count);
        if (read == 0)
        {
            Assert.True(File.Exists(Path.Combine(folder, ResultFiles.Environment)), $"{relative}: a folder of CSVs the contract does not know");
            EnvironmentRow.Read(Path.Combine(folder, ResultFiles.Environment));
        }
    }

    private static int ReadIfPresent(string folder, string file, Func<string, int> read)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            return 0;
        }

        Assert.True(read(path) > 0, path);
        return 1;
    }
}
