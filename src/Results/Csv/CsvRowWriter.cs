using CsvHelper;

namespace Lab.Results;

/// <summary>Writes rows of one results file, one at a time, each flushed (a host streaming rows to standard output).</summary>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class CsvRowWriter<TRow> : IDisposable
{
    private readonly CsvWriter csv;
    private readonly IReadOnlyList<Column<TRow>> columns;

    internal CsvRowWriter(TextWriter text, IReadOnlyList<Column<TRow>> columns)
    {
        this.columns = columns;
        csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n", WriteByteOrderMark = false }, true);
        csv.WriteHeader([.. columns.Select(column => column.Name)]);
        csv.Flush();
    }

    /// <summary>Writes one row and flushes it.</summary>
    public void Write(TRow row)
    {
        foreach (var column in columns)
        {
            csv.WriteField(column.Format(row));
        }

        csv.EndRecord();
        csv.Flush();
    }

    /// <inheritdoc/>
    public void Dispose() => csv.Dispose();
}
