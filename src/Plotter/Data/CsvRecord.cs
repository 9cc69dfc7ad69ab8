using System.Globalization;

namespace Lab.Plotter.Data;

/// <summary>
/// One data row of a results CSV, read by column name. Every accessor either returns a valid value
/// or throws a <see cref="CsvDataException"/> naming this row's file, line and the column.
/// </summary>
internal sealed class CsvRecord
{
    private readonly IReadOnlyDictionary<string, int> columnIndex;
    private readonly string[] fields;

    public CsvRecord(string file, long line, IReadOnlyDictionary<string, int> columnIndex, string[] fields)
    {
        File = file;
        Line = line;
        this.columnIndex = columnIndex;
        this.fields = fields;
    }

    public string File { get; }

    public long Line { get; }

    /// <summary>The raw text of a column, possibly empty; empty for an optional column the file lacks.</summary>
    public string Raw(string column) => columnIndex.TryGetValue(column, out var index) ? fields[index].Trim() : string.Empty;

    public string Text(string column)
    {
        var text = Raw(column);
        return text.Length > 0 ? text : throw Error(column, "is empty; a value is required");
    }

    public string? OptionalText(string column)
    {
        var text = Raw(column);
        return text.Length > 0 ? text : null;
    }

    public int Int(string column) => OptionalInt(column) ?? throw Error(column, "is empty; an integer is required");

    public int? OptionalInt(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not an integer");
    }

    public double Double(string column) => OptionalDouble(column) ?? throw Error(column, "is empty; a number is required");

    /// <summary>A finite, non-negative number (every quantity in the contract is), or null when empty.</summary>
    public double? OptionalDouble(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(column, $"'{text}' is not a finite number (invariant culture, '.' decimal point)");
        }

        return value >= 0 ? value : throw Error(column, $"'{text}' is negative");
    }

    public CsvDataException Error(string column, string problem) => new(File, Line, column, problem);
}
