namespace Lab.Plotter.Tests.Support;

/// <summary>
/// A private copy of the committed fixture results folder (Fixtures/results: synthetic CSVs that follow
/// results/README.md) in a fresh temporary directory, deleted on dispose. Tests may corrupt their copy.
/// </summary>
public sealed class FixtureFolder : IDisposable
{
    public FixtureFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lab-plotter-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(Source, "*.csv"))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    /// <summary>The committed fixture as copied to the test output folder.</summary>
    public static string Source => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "results");

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string[] ReadLines(string name) => System.IO.File.ReadAllLines(File(name));

    public void WriteLines(string name, IEnumerable<string> lines) => System.IO.File.WriteAllLines(File(name), lines);

    /// <summary>Replaces the field of <paramref name="column"/> on the 1-based file line <paramref name="line"/>.</summary>
    public void SetField(string name, int line, string column, string value)
    {
        var lines = ReadLines(name);
        var header = lines[0].Split(',');
        var fields = lines[line - 1].Split(',');
        fields[Array.IndexOf(header, column)] = value;
        lines[line - 1] = string.Join(',', fields);
        WriteLines(name, lines);
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
