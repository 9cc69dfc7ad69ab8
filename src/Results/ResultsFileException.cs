namespace Lab.Results;

/// <summary>
/// A results file that cannot be used: names the file, the 1-based line (0 when the problem is the file
/// itself, such as a missing file) and the column, so the reader can fix the exact field.
/// </summary>
public sealed class ResultsFileException : Exception
{
    /// <summary>A problem at <paramref name="file"/>, <paramref name="line"/> (0: the file), <paramref name="column"/> (null: the row or file).</summary>
    public ResultsFileException(string file, long line, string? column, string problem)
        : base(Describe(file, line, column, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>An unspecified problem.</summary>
    public ResultsFileException()
        : this("?", 0, null, "invalid results file")
    {
    }

    /// <summary>A problem described only by <paramref name="message"/>.</summary>
    public ResultsFileException(string message)
        : this("?", 0, null, message)
    {
    }

    /// <summary>A problem described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public ResultsFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "?";
        Problem = message;
    }

    /// <summary>The file's path as it was given to the reader.</summary>
    public string File { get; }

    /// <summary>The 1-based line; 0 for the file as a whole.</summary>
    public long Line { get; }

    /// <summary>The column's name; null for the row or the file.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Problem { get; }

    private static string Describe(string file, long line, string? column, string problem)
    {
        var where = line > 0 ? $"{file}, line {line}" : file;
        return column is null ? $"{where}: {problem}" : $"{where}, column '{column}': {problem}";
    }
}
