namespace Lab.Results;

/// <summary>
/// One column of a results file: its name, how a row's value is written (invariant culture, shortest
/// round-trip numbers, empty for not applicable) and how it is read back into a row. A row type lists its
/// columns once, in contract order, so header, writer and reader cannot drift apart.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class Column<TRow>
{
    private readonly Func<TRow, string?> format;
    private readonly Func<TRow, CsvRecord, TRow> read;

    internal Column(string name, Func<TRow, string?> format, Func<TRow, CsvRecord, TRow> read, bool addedLater)
    {
        Name = name;
        this.format = format;
        this.read = read;
        AddedLater = addedLater;
    }

    /// <summary>The header name.</summary>
    public string Name { get; }

    /// <summary>True for a column added to the contract after files were committed without it: a file may lack it.</summary>
    public bool AddedLater { get; }

    /// <summary>The field of <paramref name="row"/>; null or empty for not applicable.</summary>
    public string? Format(TRow row) => format(row);

    /// <summary><paramref name="row"/> with this column's value from <paramref name="record"/>; throws <see cref="ResultsFileException"/> on a bad field.</summary>
    public TRow Read(TRow row, CsvRecord record) => read(row, record);

    /// <summary>This column, marked as added after committed files that lack it.</summary>
    public Column<TRow> Later() => new(Name, format, read, addedLater: true);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
