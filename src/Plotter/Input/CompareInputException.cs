namespace Lab.Plotter.Input;

/// <summary>
/// Bad input to the comparison: a missing folder or file, a malformed CSV, incompatible runs,
/// no common cells or a bad option value. <see cref="CompareCommand"/> maps it to exit code 2.
/// </summary>
internal sealed class CompareInputException : Exception
{
    public CompareInputException(string message)
        : base(message)
    {
    }

    public CompareInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CompareInputException()
    {
    }
}
