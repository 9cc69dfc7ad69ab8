using System.Text.RegularExpressions;

namespace Lab.Results.Tests;

/// <summary>
/// results/README.md documents every column of every file, in contract order, and every experiments metric
/// with its unit: its tables are checked against the row types, so a column added in code and not in the
/// README (or the other way round) fails here.
/// </summary>
public sealed partial class ReadmeContractTests
{
    private static readonly string readme = File.ReadAllText(Path.Combine(RepositoryLayout.ResultsFolder(AppContext.BaseDirectory), "README.md"));

    public static TheoryData<string> Files => [.. Schemas.Keys];

    private static Dictionary<string, IReadOnlyList<string>> Schemas { get; } = new()
    {
        [ResultFiles.Summary] = SummaryRow.Table.ColumnNames,
        [ResultFiles.Measurements] = MeasurementRow.Table.ColumnNames,
        [ResultFiles.Environment] = EnvironmentRow.Table.ColumnNames,
        [ResultFiles.Latency] = LatencyRow.Table.ColumnNames,
        [ResultFiles.Experiments] = ExperimentRow.Table.ColumnNames,
        [ResultFiles.Verdicts] = VerdictRow.Table.ColumnNames,
        [ResultFiles.Paired] = PairedRow.Table.ColumnNames,
        [ResultFiles.ShardPlan] = ShardPlanRow.Table.ColumnNames,
        [ResultFiles.CloseCalls] = CloseCallRow.Table.ColumnNames,
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_readme_table_of_each_file_lists_its_columns_in_contract_order(string file)
        => Assert.Equal(Schemas[file], DocumentedColumns(file));

    [Fact]
    public void The_cell_identity_table_lists_the_shared_identity_columns()
        => Assert.Equal(CellColumns.Names, Names(FirstTable(Section("Cell identity")).Select(row => row[0])));

    [Fact]
    public void The_metric_table_lists_every_experiments_metric_with_its_unit()
    {
        var rows = MarkdownTables(Section(ResultFiles.Experiments)).ElementAt(1);
        var documented = rows.SelectMany(row => Names([row[0]]).Select(name => (Metric: name, Units: row[1]))).ToList();
        Assert.Equal(ExperimentMetrics.All.Select(metric => metric.Id), documented.Select(entry => entry.Metric));
        Assert.All(ExperimentMetrics.All, metric => Assert.Contains(metric.Unit, documented.Single(entry => entry.Metric == metric.Id).Units, StringComparison.Ordinal));
    }

    /// <summary>The column names a file's section documents: its first table, with a "cell columns" row (or "cell columns above") standing for the identity columns.</summary>
    private static List<string> DocumentedColumns(string file)
    {
        var section = Section(file);
        var names = new List<string>();
        if (section.Contains("cell columns above", StringComparison.Ordinal))
        {
            names.AddRange(CellColumns.Names);
        }

        foreach (var row in FirstTable(section))
        {
            if (row[0] == "cell columns")
            {
                names.AddRange(CellColumns.Names);
            }
            else
            {
                names.AddRange(Names([row[0]]));
            }
        }

        return names;
    }

    private static string Section(string title)
    {
        var start = readme.IndexOf($"\n## {title}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"results/README.md has no section '## {title}'");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    private static List<string[]> FirstTable(string section) => MarkdownTables(section).First();

    /// <summary>The section's Markdown tables, each as its body rows (header and separator skipped), cells trimmed.</summary>
    private static IEnumerable<List<string[]>> MarkdownTables(string section)
    {
        var table = new List<string[]>();
        foreach (var line in section.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                table.Add([.. line.Trim().Trim('|').Split('|').Select(cell => cell.Trim())]);
            }
            else if (table.Count > 0)
            {
                yield return [.. table.Skip(2)];
                table = [];
            }
        }

        if (table.Count > 0)
        {
            yield return [.. table.Skip(2)];
        }
    }

    private static IEnumerable<string> Names(IEnumerable<string> cells) => cells.SelectMany(cell => CodeSpan().Matches(cell).Select(match => match.Groups[1].Value));

    [GeneratedRegex("`([a-z0-9_]+)`")]
    private static partial Regex CodeSpan();
}
