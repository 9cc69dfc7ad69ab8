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

    /// <summary>
    /// Adds the rows the fixture lacks and the app emits: every <c>read90</c> matrix cell again as <c>churn</c>
    /// (read_pct 90), every uniform-key <c>cow</c> and <c>noop</c> matrix cell again with <c>zipf</c> and
    /// <c>prefix</c> keys (as the quick profile measures them), and one row of the store, store-contention and
    /// sizing scenarios (the store's without a size), copied from the first target row. Figures are copied, so
    /// every added cell is as valid as its source.
    /// </summary>
    public void AddChurnKeyDistributionAndOtherScenarioRows()
    {
        foreach (var name in new[] { "summary.csv", "measurements.csv" })
        {
            var lines = ReadLines(name).ToList();
            var added = new List<string>();
            foreach (var line in lines.Skip(1))
            {
                // The eight identity columns come first and never hold a comma; the rest is kept verbatim.
                var fields = line.Split(',', 9);
                var (scenario, map, mix, size, threads, keys) = (fields[1], fields[2], fields[3], fields[5], fields[6], fields[7]);
                if (scenario != "matrix")
                {
                    continue;
                }

                if (mix == "read90")
                {
                    added.Add(Row("matrix", map, "churn", "90", size, threads, keys, fields[8]));
                }

                if (keys == "uniform" && map is "cow" or "noop")
                {
                    added.AddRange(new[] { "zipf", "prefix" }.Select(other => Row("matrix", map, mix, fields[4], size, threads, other, fields[8])));
                }
            }

            var firstTargetCell = lines.First(line => line.StartsWith("targets/", StringComparison.Ordinal)).Split(',', 2)[0];
            foreach (var line in lines.Where(line => line.StartsWith(firstTargetCell + ",", StringComparison.Ordinal)))
            {
                var rest = line.Split(',', 9)[8];
                added.Add(Row("store", "read", "read", string.Empty, string.Empty, "1", "uniform", rest));
                added.Add(Row("sizing", "update-shards64", "update", string.Empty, "10000", "1", "uniform", rest));
                added.Add(Row("storecontention", "updates-locked", "updates", string.Empty, string.Empty, "4", "uniform", rest));
            }

            WriteLines(name, [.. lines, .. added]);
        }
    }

    private static string Row(string scenario, string map, string mix, string readPercent, string size, string threads, string keys, string rest)
        => $"{scenario}/{map}/{mix}/{size}/{threads}/{keys},{scenario},{map},{mix},{readPercent},{size},{threads},{keys},{rest}";

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
