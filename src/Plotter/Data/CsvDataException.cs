namespace Lab.Plotter.Data;

/// <summary>
/// A results CSV that cannot be used: names the file, the 1-based line (0 when the problem is the
/// file itself, such as a missing file) and the column, so the reader can fix the exact field.
/// </summary>
internal sealed class CsvDataException : Exception
{
    public CsvDataException(string file, long line, string? column, string problem)
        : base(Describe(file, line, column, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public CsvDataException()
        : this("?", 0, null, "invalid CSV")
    {
    }

    public CsvDataException(string message)
        : this("?", 0, null, message)
    {
    }

    public CsvDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "?";
        Problem = message;
    }

    public string File { get; }

    public long Line { get; }

    public string? Column { get; }

    public string Problem { get; }

    private static string Describe(string file, long line, string? column, string problem)
    {
        var where = line > 0 ? $"{file}, line {line}" : file;
        return column is null ? $"{where}: {problem}" : $"{where}, column '{column}': {problem}";
    }
}
