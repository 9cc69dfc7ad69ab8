namespace Lab.Results;

/// <summary>Where a clone keeps its results: the one place the repository root is found.</summary>
public static class RepositoryLayout
{
    /// <summary>The file that marks the repository root.</summary>
    public const string RootMarker = "Lab.sln";

    /// <summary>The results folder's name under the root.</summary>
    public const string ResultsFolderName = "results";

    /// <summary>The nearest ancestor of <paramref name="start"/> (itself included) holding <see cref="RootMarker"/>, or null outside a clone.</summary>
    public static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, RootMarker)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary><c>results/</c> under the repository root found from <paramref name="start"/>, else under <paramref name="start"/> itself.</summary>
    public static string ResultsFolder(string start) => Path.Combine(FindRoot(start) ?? start, ResultsFolderName);
}
