using Lab.Benchmarks.Export;

namespace Lab.Benchmarks.Tests.Export;

public sealed class ResultsPublisherTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lab-results-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Publishing_writes_the_run_folder_and_leaves_latest_to_the_plotter()
    {
        ResultsPublisher.Publish(root, "run-1", directory => File.WriteAllText(Path.Combine(directory, "summary.csv"), "one"));
        ResultsPublisher.Publish(root, "run-2", directory => File.WriteAllText(Path.Combine(directory, "summary.csv"), "two"));

        Assert.Equal("one", File.ReadAllText(Path.Combine(root, "run-1", "summary.csv")));
        Assert.Equal("two", File.ReadAllText(Path.Combine(root, "run-2", "summary.csv")));
        Assert.Equal(["run-1", "run-2"], Directory.GetDirectories(root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Republishing_a_run_replaces_its_files()
    {
        ResultsPublisher.Publish(root, "run-1", directory => File.WriteAllText(Path.Combine(directory, "a.csv"), "first"));
        ResultsPublisher.Publish(root, "run-1", directory => File.WriteAllText(Path.Combine(directory, "b.csv"), "second"));
        Assert.Equal(["b.csv"], Directory.GetFiles(Path.Combine(root, "run-1")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_write_leaves_nothing_behind()
    {
        ResultsPublisher.Publish(root, "run-1", directory => File.WriteAllText(Path.Combine(directory, "summary.csv"), "good"));

        Assert.Throws<IOException>(() => ResultsPublisher.Publish(root, "run-2", directory =>
        {
            File.WriteAllText(Path.Combine(directory, "summary.csv"), "half");
            throw new IOException("disk full");
        }));

        Assert.Equal("good", File.ReadAllText(Path.Combine(root, "run-1", "summary.csv")));
        Assert.Equal(["run-1"], Directory.GetDirectories(root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_results_path_that_is_a_file_is_not_writable()
    {
        var file = Path.Combine(root, "not-a-folder");
        File.WriteAllText(file, string.Empty);
        Assert.ThrowsAny<IOException>(() => ResultsPublisher.EnsureWritable(Path.Combine(file, "results")));
    }
}
