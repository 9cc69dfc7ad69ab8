using Lab.Results;

namespace Lab.Paired.Tests;

/// <summary>Copies of this checkout's src/Benchmarks build output in a temporary folder, deleted on dispose.</summary>
internal sealed class BuildCopies : IDisposable
{
    public BuildCopies()
    {
        Root = Path.Combine(Path.GetTempPath(), "lab-paired-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>src/Benchmarks/bin/&lt;configuration of these tests&gt;/net10.0 of this checkout.</summary>
    public static string BenchmarksOutput
    {
        get
        {
            // The tests run from tests/Paired.Tests/bin/<configuration>/<tfm>/.
            var tfm = new DirectoryInfo(AppContext.BaseDirectory);
            var repo = RepositoryLayout.FindRoot(tfm.FullName) ?? throw new DirectoryNotFoundException("Lab.sln not found above " + AppContext.BaseDirectory);
            return Path.Combine(repo, "src", "Benchmarks", "bin", tfm.Parent!.Name, tfm.Name);
        }
    }

    /// <summary>A full copy of the benchmark build named <paramref name="name"/>.</summary>
    public string Copy(string name)
    {
        var target = Path.Combine(Root, name);
        foreach (var file in Directory.EnumerateFiles(BenchmarksOutput, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(BenchmarksOutput, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
