namespace Lab.CowStore;

/// <summary>Checkpoint files exist but none of them is valid; nothing was loaded.</summary>
public sealed class CheckpointCorruptException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CheckpointCorruptException()
        : this("no valid checkpoint")
    {
    }

    /// <summary>Creates the exception from one message.</summary>
    /// <param name="message">What is wrong.</param>
    public CheckpointCorruptException(string message)
        : base(message) => Errors = [message];

    /// <summary>Creates the exception from one message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CheckpointCorruptException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    /// <summary>Creates the exception from the problems of every checkpoint generation tried.</summary>
    /// <param name="errors">One message per file, newest first.</param>
    public CheckpointCorruptException(IReadOnlyList<string> errors)
        : base("No valid checkpoint: " + string.Join("; ", errors)) => Errors = errors;

    /// <summary>One message per checkpoint file tried, newest first.</summary>
    public IReadOnlyList<string> Errors { get; }
}
