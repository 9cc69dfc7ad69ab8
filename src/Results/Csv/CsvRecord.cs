using System.Globalization;

namespace Lab.Results;

/// <summary>
/// One data row of a results file, read by column name. Every accessor either returns a valid value or
/// throws a <see cref="ResultsFileException"/> naming this row's file, line and the column.
/// </summary>
public sealed class CsvRecord
{
    private readonly IReadOnlyDictionary<string, int> columnIndex;
    private readonly string[] fields;

    internal CsvRecord(string file, long line, IReadOnlyDictionary<string, int> columnIndex, string[] fields)
    {
        File = file;
        Line = line;
        this.columnIndex = columnIndex;
        this.fields = fields;
    }

    /// <summary>The file's path.</summary>
    public string File { get; }

    /// <summary>The 1-based line of this row.</summary>
    public long Line { get; }

    /// <summary>True when the file has the column (a column added to the contract later may be absent).</summary>
    public bool Has(string column) => columnIndex.ContainsKey(column);

    /// <summary>The trimmed text of a column, possibly empty; empty for a column the file lacks.</summary>
    public string Raw(string column) => columnIndex.TryGetValue(column, out var index) ? fields[index].Trim() : string.Empty;

    /// <summary>A required text.</summary>
    public string Text(string column)
    {
        var text = Raw(column);
        return text.Length > 0 ? text : throw Error(column, "is empty; a value is required");
    }

    /// <summary>A text, or null when empty.</summary>
    public string? OptionalText(string column)
    {
        var text = Raw(column);
        return text.Length > 0 ? text : null;
    }

    /// <summary>A required integer.</summary>
    public int WholeNumber(string column) => OptionalWholeNumber(column) ?? throw Error(column, "is empty; an integer is required");

    /// <summary>An integer, or null when empty.</summary>
    public int? OptionalWholeNumber(string column)
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

    /// <summary>A required 64-bit integer.</summary>
    public long LongWholeNumber(string column) => OptionalLongWholeNumber(column) ?? throw Error(column, "is empty; an integer is required");

    /// <summary>A 64-bit integer, or null when empty.</summary>
    public long? OptionalLongWholeNumber(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not an integer");
    }

    /// <summary>A required finite, non-negative number (every quantity of the contract is one).</summary>
    public double Number(string column) => OptionalNumber(column) ?? throw Error(column, "is empty; a number is required");

    /// <summary>A finite, non-negative number, or null when empty.</summary>
    public double? OptionalNumber(string column)
    {
        var value = OptionalSignedNumber(column);
        return value < 0 ? throw Error(column, $"'{Raw(column)}' is negative") : value;
    }

    /// <summary>A required finite number of either sign (a log ratio).</summary>
    public double SignedNumber(string column) => OptionalSignedNumber(column) ?? throw Error(column, "is empty; a number is required");

    /// <summary>A finite number of either sign, or null when empty.</summary>
    public double? OptionalSignedNumber(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(column, $"'{text}' is not a finite number (invariant culture, '.' decimal point)");
    }

    /// <summary>A flag written as <paramref name="yes"/> or <paramref name="no"/>; null when empty and not <paramref name="required"/>.</summary>
    public bool? Flag(string column, string yes, string no, bool required)
    {
        var text = Raw(column);
        if (text == yes)
        {
            return true;
        }

        if (text == no)
        {
            return false;
        }

        return text.Length == 0 && !required ? null : throw Error(column, $"'{text}' is not {yes} or {no}");
    }

    /// <summary>The exception for a problem with <paramref name="column"/> of this row.</summary>
    public ResultsFileException Error(string column, string problem) => new(File, Line, column, problem);
}
