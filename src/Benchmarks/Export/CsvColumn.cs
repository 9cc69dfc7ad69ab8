using System.Globalization;

namespace Lab.Benchmarks.Export;

/// <summary>
/// One contract column: its name and how a row's field is formatted (invariant culture, shortest
/// round-trip doubles, empty for not applicable). A row type lists its columns once, in order, so
/// header and fields cannot drift apart.
/// </summary>
internal sealed record CsvColumn<TRow>(string Name, Func<TRow, string?> Field)
{
    public static CsvColumn<TRow> Text(string name, Func<TRow, string?> value) => new(name, value);

    public static CsvColumn<TRow> Number(string name, Func<TRow, double?> value)
        => new(name, row => value(row)?.ToString("R", CultureInfo.InvariantCulture));

    public static CsvColumn<TRow> Integer(string name, Func<TRow, long?> value)
        => new(name, row => value(row)?.ToString(CultureInfo.InvariantCulture));
}
