namespace Lab.CommandLine;

/// <summary>The exit codes every command of the lab shares.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>A failure that is not the input's fault (a benchmark failed, a file could not be written).</summary>
    public const int Failure = 1;

    /// <summary>Bad input: a bad command line, a missing or malformed input file. Nothing was written.</summary>
    public const int BadInput = 2;
}
