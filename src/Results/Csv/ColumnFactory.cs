using System.Globalization;

namespace Lab.Results;

/// <summary>
/// Makes the typed columns of <typeparamref name="TRow"/>: each is a name, a getter and a setter (a
/// <c>with</c> expression), so one line declares how the column is written and read. Numbers are finite and
/// non-negative unless signed; an empty field is null for optional columns and an error for required ones.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class ColumnFactory<TRow>
{
    /// <summary>A required, non-empty text.</summary>
    public Column<TRow> Text(string name, Func<TRow, string> get, Func<TRow, string, TRow> set)
        => new(name, row => get(row), (row, record) => set(row, record.Text(name)), addedLater: false);

    /// <summary>A text that may be empty (kept as empty).</summary>
    public Column<TRow> RawText(string name, Func<TRow, string> get, Func<TRow, string, TRow> set)
        => new(name, row => get(row), (row, record) => set(row, record.Raw(name)), addedLater: false);

    /// <summary>A text; empty reads as null.</summary>
    public Column<TRow> OptionalText(string name, Func<TRow, string?> get, Func<TRow, string?, TRow> set)
        => new(name, row => get(row), (row, record) => set(row, record.OptionalText(name)), addedLater: false);

    /// <summary>A required integer.</summary>
    public Column<TRow> WholeNumber(string name, Func<TRow, int> get, Func<TRow, int, TRow> set)
        => new(name, row => Invariant(get(row)), (row, record) => set(row, record.WholeNumber(name)), addedLater: false);

    /// <summary>An integer; empty reads as null.</summary>
    public Column<TRow> OptionalWholeNumber(string name, Func<TRow, int?> get, Func<TRow, int?, TRow> set)
        => new(name, row => get(row) is { } value ? Invariant(value) : null, (row, record) => set(row, record.OptionalWholeNumber(name)), addedLater: false);

    /// <summary>A required 64-bit integer.</summary>
    public Column<TRow> LongWholeNumber(string name, Func<TRow, long> get, Func<TRow, long, TRow> set)
        => new(name, row => Invariant(get(row)), (row, record) => set(row, record.LongWholeNumber(name)), addedLater: false);

    /// <summary>A 64-bit integer; empty reads as null.</summary>
    public Column<TRow> OptionalLongWholeNumber(string name, Func<TRow, long?> get, Func<TRow, long?, TRow> set)
        => new(name, row => get(row) is { } value ? Invariant(value) : null, (row, record) => set(row, record.OptionalLongWholeNumber(name)), addedLater: false);

    /// <summary>A required finite, non-negative number.</summary>
    public Column<TRow> Number(string name, Func<TRow, double> get, Func<TRow, double, TRow> set)
        => new(name, row => Real(get(row)), (row, record) => set(row, record.Number(name)), addedLater: false);

    /// <summary>A finite, non-negative number; empty (or, when written, not finite) is null.</summary>
    public Column<TRow> OptionalNumber(string name, Func<TRow, double?> get, Func<TRow, double?, TRow> set)
        => new(name, row => get(row) is { } value ? Real(value) : null, (row, record) => set(row, record.OptionalNumber(name)), addedLater: false);

    /// <summary>A required finite number of either sign.</summary>
    public Column<TRow> SignedNumber(string name, Func<TRow, double> get, Func<TRow, double, TRow> set)
        => new(name, row => Real(get(row)), (row, record) => set(row, record.SignedNumber(name)), addedLater: false);

    /// <summary>A finite number of either sign; empty (or, when written, not finite) is null.</summary>
    public Column<TRow> OptionalSignedNumber(string name, Func<TRow, double?> get, Func<TRow, double?, TRow> set)
        => new(name, row => get(row) is { } value ? Real(value) : null, (row, record) => set(row, record.OptionalSignedNumber(name)), addedLater: false);

    /// <summary>A required flag, written <paramref name="yes"/> or <paramref name="no"/>.</summary>
    public Column<TRow> Flag(string name, Func<TRow, bool> get, Func<TRow, bool, TRow> set, string yes = "true", string no = "false")
        => new(name, row => get(row) ? yes : no, (row, record) => set(row, record.Flag(name, yes, no, required: true)!.Value), addedLater: false);

    /// <summary>A flag written <paramref name="yes"/> or <paramref name="no"/>; empty reads as null.</summary>
    public Column<TRow> OptionalFlag(string name, Func<TRow, bool?> get, Func<TRow, bool?, TRow> set, string yes = "true", string no = "false")
        => new(name, row => get(row) switch { true => yes, false => no, null => null }, (row, record) => set(row, record.Flag(name, yes, no, required: false)), addedLater: false);

    /// <summary>A column with its own formatting and reading.</summary>
    public Column<TRow> Custom(string name, Func<TRow, string?> format, Func<TRow, CsvRecord, TRow> read) => new(name, format, read, addedLater: false);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Real(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : null;
}
