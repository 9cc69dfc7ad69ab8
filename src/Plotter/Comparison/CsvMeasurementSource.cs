using System.Globalization;
using CsvHelper;

namespace Lab.Plotter.Comparison;

/// <summary>
/// Minimal CsvHelper reader of <c>measurements.csv</c> (results/README.md): reads only the columns
/// the comparison needs (<c>cell</c>, <c>launch</c>, <c>iteration</c>, <c>ns_per_op</c>) and ignores
/// the others, so columns added at the end of the contract do not break it.
/// </summary>
internal sealed class CsvMeasurementSource : IMeasurementSource
{
    public const string FileName = "measurements.csv";

    private static readonly string[] requiredColumns = ["cell", "launch", "iteration", "ns_per_op"];

    public IReadOnlyList<Measurement> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new CompareInputException($"results folder not found: {folder}");
        }

        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new CompareInputException($"{path}: file not found (a results folder holds {FileName})");
        }

        try
        {
            return ReadFile(path);
        }
        catch (CsvFormatException e)
        {
            throw new CompareInputException($"{path}: line {e.LineNumber}: malformed CSV: {e.Message}", e);
        }
    }

    /// <summary>Options shared by the comparison's CSV readers: strict, invariant, line numbers kept for errors.</summary>
    public static CsvReaderOptions StrictOptions { get; } = new()
    {
        HasHeader = true,
        TrackLineNumbers = true,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static List<Measurement> ReadFile(string path)
    {
        using var csv = CsvReader.FromFile(path, StrictOptions);
        var header = csv.Headers ?? [];
        if (header.Count == 0)
        {
            throw new CompareInputException($"{path}: empty file, expected a header row");
        }

        var missing = requiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
        {
            throw new CompareInputException($"{path}: line 1: missing column(s) {string.Join(", ", missing)}");
        }

        var rows = new List<Measurement>();
        var seen = new HashSet<(string, int, int)>();
        while (csv.Read())
        {
            var line = csv.LineNumber;
            var cell = csv.GetString("cell");
            if (cell.Length == 0)
            {
                throw Bad(path, line, "cell", "empty cell id");
            }

            var launch = PositiveInt(csv, path, "launch");
            var iteration = PositiveInt(csv, path, "iteration");
            var text = csv.GetString("ns_per_op");
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ns) || !double.IsFinite(ns) || ns <= 0)
            {
                throw Bad(path, line, "ns_per_op", $"'{text}' is not a positive number");
            }

            if (!seen.Add((cell, launch, iteration)))
            {
                throw Bad(path, line, "iteration", $"duplicate row for cell {cell}, launch {launch}, iteration {iteration}");
            }

            rows.Add(new Measurement(cell, launch, iteration, ns));
        }

        return rows;
    }

    private static int PositiveInt(CsvReader csv, string path, string column)
    {
        var text = csv.GetString(column);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw Bad(path, csv.LineNumber, column, $"'{text}' is not a positive integer");
    }

    private static CompareInputException Bad(string path, long line, string column, string problem)
        => new($"{path}: line {line}, column {column}: {problem}");
}
