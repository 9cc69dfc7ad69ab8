namespace Lab.CowStore;

/// <summary>A source could not produce a value; the message names the source and, for text, the position.</summary>
public sealed class SnapshotSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SnapshotSourceException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Where and what is wrong.</param>
    public SnapshotSourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">Where and what is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SnapshotSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>1-based line of the error in a text source, when known.</summary>
    public long? Line { get; init; }

    /// <summary>1-based byte position of the error within <see cref="Line"/>, when known.</summary>
    public long? BytePositionInLine { get; init; }
}
