using System.Globalization;
using System.Text;

namespace Lab.Plotter.Tests.Support;

/// <summary>A temporary directory for one test, deleted on dispose, with helpers to write results folders.</summary>
internal sealed class ResultsFolders : IDisposable
{
    public ResultsFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "lab-compare-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The committed A/A fixture folder, copied next to the test assembly.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>Writes <c>&lt;name&gt;/measurements.csv</c>: each of a cell's values as one launch of one iteration.</summary>
    public string Write(string name, IReadOnlyDictionary<string, double[]> cells, string? cpu = null)
    {
        var text = new StringBuilder("cell,launch,iteration,ns_per_op\n");
        foreach (var (cell, values) in cells)
        {
            for (var i = 0; i < values.Length; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{cell},{i + 1},1,{values[i]:R}\n");
            }
        }

        var folder = WriteRaw(name, text.ToString());
        if (cpu is not null)
        {
            File.WriteAllText(Path.Combine(folder, "environment.csv"), $"run_id,cpu,logical_cores\n{name},{cpu},2\n");
        }

        return folder;
    }

    /// <summary>Writes <c>&lt;name&gt;/measurements.csv</c> with exactly <paramref name="csv"/>.</summary>
    public string WriteRaw(string name, string csv)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "measurements.csv"), csv);
        return folder;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
