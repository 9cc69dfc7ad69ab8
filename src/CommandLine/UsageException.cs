namespace Lab.CommandLine;

/// <summary>
/// A bad command line: the message names the problem (an unknown option, a missing or bad value, options
/// that exclude each other). <see cref="Command.Run"/> turns it into
/// <c>error: &lt;message&gt; (see &lt;command&gt; --help)</c> and exit code <see cref="ExitCodes.BadInput"/>.
/// </summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The problem, without the <c>error:</c> prefix or the pointer to the help.</param>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a message (required by the analyzers; use the other constructor).</summary>
    public UsageException()
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">The problem.</param>
    /// <param name="innerException">What caused it.</param>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
