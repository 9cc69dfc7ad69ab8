namespace Lab.Implementations.Tests.Documentation;

/// <summary>The repository's root: the first directory above the test binaries that holds Lab.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Lab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Lab.sln not found above " + AppContext.BaseDirectory);
    }
}
