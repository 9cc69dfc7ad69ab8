using CsvHelper;

namespace Lab.Plotter.Data;

/// <summary>
/// Reads one results CSV whose header must hold exactly the expected columns (any order), of which
/// the optional ones (added to the contract later, so absent from older runs) may be missing: a
/// missing required or an unknown column, a row with the wrong number of fields, malformed quoting,
/// an empty file or a file without data rows is a <see cref="CsvDataException"/> naming the file,
/// line and column. Rows come back in file order; blank lines are skipped.
/// </summary>
internal static class CsvTableReader
{
    private static readonly CsvReaderOptions options = new()
    {
        Separator = ',',
        HasHeader = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        DetectSeparatorHint = false,
        FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
    };

    public static IReadOnlyList<T> Read<T>(string path, IReadOnlyList<string> columns, Func<CsvRecord, T> map)
        => Read(path, columns, [], map);

    /// <param name="path">The CSV file.</param>
    /// <param name="columns">Every column of the contract.</param>
    /// <param name="optionalColumns">Those of <paramref name="columns"/> an older file may lack; <see cref="CsvRecord.Raw"/> reads them as empty.</param>
    /// <param name="map">Turns a row into a value, or throws through <see cref="CsvRecord.Error"/>.</param>
    public static IReadOnlyList<T> Read<T>(string path, IReadOnlyList<string> columns, IReadOnlyList<string> optionalColumns, Func<CsvRecord, T> map)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new CsvDataException(path, 0, null, "file not found");
        }

        try
        {
            using var csv = CsvReader.FromText(File.ReadAllText(path), options);
            return ReadRows(csv, file, columns, optionalColumns, map);
        }
        catch (CsvFormatException exception)
        {
            throw new CsvDataException(file, exception.LineNumber, null, $"malformed CSV: {exception.Message}");
        }
    }

    private static List<T> ReadRows<T>(CsvReader csv, string file, IReadOnlyList<string> columns, IReadOnlyList<string> optionalColumns, Func<CsvRecord, T> map)
    {
        var header = csv.Headers ?? [];
        if (header.Count == 0)
        {
            throw new CsvDataException(file, 1, null, "the file is empty; a header row is required");
        }

        var columnIndex = IndexHeader(file, header, columns, optionalColumns);
        var rows = new List<T>();
        while (csv.Read())
        {
            var line = csv.LineNumber;
            if (csv.FieldCount != header.Count)
            {
                var column = csv.FieldCount < header.Count ? header[csv.FieldCount] : null;
                throw new CsvDataException(file, line, column, $"the row has {csv.FieldCount} fields, the header has {header.Count}");
            }

            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            rows.Add(map(new CsvRecord(file, line, columnIndex, fields)));
        }

        return rows.Count > 0 ? rows : throw new CsvDataException(file, 2, null, "the file has a header but no data rows");
    }

    private static Dictionary<string, int> IndexHeader(string file, IReadOnlyList<string> header, IReadOnlyList<string> columns, IReadOnlyList<string> optionalColumns)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (!columns.Contains(name))
            {
                throw new CsvDataException(file, 1, name, $"unknown column; expected only: {string.Join(", ", columns)}");
            }

            if (!index.TryAdd(name, i))
            {
                throw new CsvDataException(file, 1, name, "the column appears twice");
            }
        }

        var missing = columns.FirstOrDefault(column => !index.ContainsKey(column) && !optionalColumns.Contains(column));
        return missing is null ? index : throw new CsvDataException(file, 1, missing, "missing column");
    }
}
