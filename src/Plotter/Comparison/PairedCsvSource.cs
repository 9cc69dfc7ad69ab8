using System.Globalization;
using CsvHelper;

namespace Lab.Plotter.Comparison;

/// <summary>
/// Reads <c>paired.csv</c> of <c>scripts/paired.sh</c> (columns <c>cell, a, b, load_order, pairs,
/// median_log_ratio</c>; one row per process) into the per-process log ratios of each compared cell.
/// A row comparing two builds is keyed by its cell; a row comparing two maps (a, b are cells) by
/// "a vs b".
/// </summary>
internal static class PairedCsvSource
{
    public const string FileName = "paired.csv";

    private static readonly string[] requiredColumns = ["cell", "a", "b", "median_log_ratio"];

    /// <summary>Per compared cell, the processes' median log ratios in file order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<double>> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CompareInputException($"{path}: file not found (scripts/paired.sh writes {FileName})");
        }

        try
        {
            using var csv = CsvReader.FromFile(path, CsvMeasurementSource.StrictOptions);
            var header = csv.Headers ?? [];
            var missing = requiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToArray();
            if (missing.Length > 0)
            {
                throw new CompareInputException($"{path}: line 1: missing column(s) {string.Join(", ", missing)}");
            }

            var byCell = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            while (csv.Read())
            {
                var a = csv.GetString("a");
                var key = a == "base" ? csv.GetString("cell") : $"{a} vs {csv.GetString("b")}";
                var text = csv.GetString("median_log_ratio");
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                {
                    throw new CompareInputException($"{path}: line {csv.LineNumber}, column median_log_ratio: '{text}' is not a number");
                }

                if (!byCell.TryGetValue(key, out var values))
                {
                    values = [];
                    byCell.Add(key, values);
                }

                values.Add(value);
            }

            return byCell.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double>)kv.Value, StringComparer.Ordinal);
        }
        catch (CsvFormatException e)
        {
            throw new CompareInputException($"{path}: line {e.LineNumber}: malformed CSV: {e.Message}", e);
        }
    }
}
