using System.Globalization;
using CsvHelper;

namespace Lab.Results;

/// <summary>
/// One results file's schema: its name and its columns in contract order, with strict and lenient readers
/// and a writer. All files: comma-separated, header row, invariant culture, UTF-8 without BOM, LF.
/// </summary>
/// <remarks>
/// Strict reading (<see cref="ReadFile"/>): the header holds exactly the contract's columns (any order), of
/// which those <see cref="Column{TRow}.AddedLater"/> may be missing; every field is parsed and the row
/// checks run. Lenient reading (<see cref="ReadColumns"/>): only the named columns must exist and only they
/// are read, any other column is ignored; for readers of files written by other commits (the regression
/// comparison). Both name file, line and column of any problem and return nothing partially.
/// </remarks>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class CsvTable<TRow>
{
    private static readonly CsvReaderOptions readerOptions = new()
    {
        Separator = ',',
        HasHeader = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        DetectSeparatorHint = false,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private readonly Func<TRow> empty;

    /// <param name="fileName">The file's name in a results folder.</param>
    /// <param name="empty">A row before any column is read.</param>
    /// <param name="columns">The columns in contract order.</param>
    public CsvTable(string fileName, Func<TRow> empty, IReadOnlyList<Column<TRow>> columns)
    {
        FileName = fileName;
        this.empty = empty;
        Columns = columns;
        ColumnNames = [.. columns.Select(column => column.Name)];
        if (ColumnNames.Distinct(StringComparer.Ordinal).Count() != ColumnNames.Count)
        {
            throw new ArgumentException($"{fileName}: a column is declared twice", nameof(columns));
        }
    }

    /// <summary>True for a file whose header alone is a complete answer (no rows: nothing to report); otherwise a file without rows is malformed.</summary>
    public bool MayBeEmpty { get; init; }

    /// <summary>The file's name in a results folder.</summary>
    public string FileName { get; }

    /// <summary>The columns in contract order.</summary>
    public IReadOnlyList<Column<TRow>> Columns { get; }

    /// <summary>The header names in contract order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>The header line as written.</summary>
    public string Header => string.Join(',', ColumnNames);

    /// <summary>Reads the file strictly; <paramref name="check"/> runs on every row after its columns were read.</summary>
    public IReadOnlyList<TRow> ReadFile(string path, RowCheck<TRow>? check = null)
        => Read(path, strict: true, Columns, check, []);

    /// <summary>
    /// Reads only <paramref name="columns"/> (which must exist) into rows; <paramref name="rawColumns"/> must
    /// exist too but are left to <paramref name="check"/> to read as text; other columns of the file are ignored.
    /// </summary>
    public IReadOnlyList<TRow> ReadColumns(string path, IReadOnlyList<string> columns, RowCheck<TRow>? check = null, IReadOnlyList<string>? rawColumns = null)
    {
        var unknown = columns.Concat(rawColumns ?? []).FirstOrDefault(name => !ColumnNames.Contains(name));
        if (unknown is not null)
        {
            throw new ArgumentException($"{FileName} has no column {unknown}", nameof(columns));
        }

        return Read(path, strict: false, [.. Columns.Where(column => columns.Contains(column.Name))], check, rawColumns ?? []);
    }

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> (replacing it).</summary>
    public void WriteFile(string path, IEnumerable<TRow> rows)
    {
        using var text = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        using var writer = OpenWriter(text);
        foreach (var row in rows)
        {
            writer.Write(row);
        }
    }

    /// <summary>Writes the header to <paramref name="text"/> and returns a writer of one row at a time (each flushed).</summary>
    public CsvRowWriter<TRow> OpenWriter(TextWriter text) => new(text, Columns);

    private List<TRow> Read(string path, bool strict, IReadOnlyList<Column<TRow>> columns, RowCheck<TRow>? check, IReadOnlyList<string> rawColumns)
    {
        if (!File.Exists(path))
        {
            throw new ResultsFileException(path, 0, null, "file not found");
        }

        try
        {
            using var csv = CsvReader.FromText(File.ReadAllText(path), readerOptions);
            var header = csv.Headers ?? [];
            if (header.Count == 0)
            {
                throw new ResultsFileException(path, 1, null, "the file is empty; a header row is required");
            }

            var index = IndexHeader(path, header, strict, [.. columns.Select(column => (column.Name, column.AddedLater)), .. rawColumns.Select(name => (name, false))]);
            var rows = new List<TRow>();
            while (csv.Read())
            {
                var line = csv.LineNumber;
                if (csv.FieldCount != header.Count)
                {
                    var column = csv.FieldCount < header.Count ? header[csv.FieldCount] : null;
                    throw new ResultsFileException(path, line, column, $"the row has {csv.FieldCount} fields, the header has {header.Count}");
                }

                var fields = new string[csv.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = csv.GetString(i);
                }

                var record = new CsvRecord(path, line, index, fields);
                var row = empty();
                foreach (var column in columns)
                {
                    row = column.Read(row, record);
                }

                check?.Invoke(row, record);
                rows.Add(row);
            }

            return rows.Count > 0 || MayBeEmpty ? rows : throw new ResultsFileException(path, 2, null, "the file has a header but no data rows");
        }
        catch (CsvFormatException exception)
        {
            throw new ResultsFileException(path, exception.LineNumber, null, $"malformed CSV: {exception.Message}");
        }
    }

    private Dictionary<string, int> IndexHeader(string path, IReadOnlyList<string> header, bool strict, IReadOnlyList<(string Name, bool AddedLater)> columns)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (strict && !ColumnNames.Contains(name))
            {
                throw new ResultsFileException(path, 1, name, $"unknown column; expected only: {string.Join(", ", ColumnNames)}");
            }

            if (!index.TryAdd(name, i))
            {
                throw new ResultsFileException(path, 1, name, "the column appears twice");
            }
        }

        var missing = columns.FirstOrDefault(column => !index.ContainsKey(column.Name) && !(strict && column.AddedLater)).Name;
        return missing is null ? index : throw new ResultsFileException(path, 1, missing, "missing column");
    }
}
