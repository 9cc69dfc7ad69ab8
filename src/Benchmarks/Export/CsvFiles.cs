using CsvHelper;

namespace Lab.Benchmarks.Export;

/// <summary>The three contract files, written with CsvHelper: header row, comma, LF, UTF-8 without BOM.</summary>
internal static class CsvFiles
{
    public const string Summary = "summary.csv";
    public const string Measurements = "measurements.csv";
    public const string Environment = "environment.csv";

    public static IReadOnlyList<string> All { get; } = [Summary, Measurements, Environment];

    /// <summary>Writes the three files into <paramref name="directory"/>.</summary>
    public static void Write(string directory, IEnumerable<SummaryRow> summary, IEnumerable<MeasurementRow> measurements, EnvironmentRow environment)
    {
        WriteFile(Path.Combine(directory, Summary), SummaryRow.Columns, summary);
        WriteFile(Path.Combine(directory, Measurements), MeasurementRow.Columns, measurements);
        WriteFile(Path.Combine(directory, Environment), EnvironmentRow.Columns, [environment]);
    }

    internal static void WriteFile<TRow>(string path, IReadOnlyList<CsvColumn<TRow>> columns, IEnumerable<TRow> rows)
    {
        using var text = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n", WriteByteOrderMark = false }, false);
        csv.WriteHeader([.. columns.Select(column => column.Name)]);
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Field(row));
            }

            csv.EndRecord();
        }
    }
}
