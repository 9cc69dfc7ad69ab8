using System.Xml.Linq;

namespace Lab.Implementations.Tests.Documentation;

/// <summary>Keeps Directory.Packages.props to the packages the lab uses: every pinned version is referenced.</summary>
public sealed class PackageVersionsTests
{
    [Fact]
    public void Every_pinned_package_is_referenced_by_a_project()
    {
        var root = RepositoryRoot.Path;
        var pinned = Includes(Path.Combine(root, "Directory.Packages.props"), "PackageVersion");
        var referenced = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".csproj", StringComparison.Ordinal) || Path.GetFileName(path) is "Directory.Build.props" or "Directory.Build.targets")
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git"))
            .SelectMany(path => Includes(path, "PackageReference"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.NotEmpty(referenced);
        var unused = pinned.Where(package => !referenced.Contains(package)).ToList();
        Assert.True(unused.Count == 0, "Directory.Packages.props pins packages no project references: " + string.Join(", ", unused));
    }

    private static IEnumerable<string> Includes(string path, string element) =>
        XDocument.Load(path).Descendants(element).Select(e => (string?)e.Attribute("Include")).OfType<string>();
}
