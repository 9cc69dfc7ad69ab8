namespace Lab.CowStore;

/// <summary>Thrown when validators reject a new value; the store's current snapshot is unchanged.</summary>
public sealed class SnapshotValidationException : Exception
{
    /// <summary>Creates the exception from the validators' messages.</summary>
    /// <param name="errors">One message per violated rule.</param>
    public SnapshotValidationException(IReadOnlyList<string> errors)
        : base("Update rejected: " + string.Join("; ", errors)) => Errors = errors;

    /// <summary>Creates the exception with one message.</summary>
    public SnapshotValidationException()
        : this(["the value is invalid"])
    {
    }

    /// <summary>Creates the exception with one message.</summary>
    /// <param name="message">What is wrong.</param>
    public SnapshotValidationException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SnapshotValidationException(string message, Exception innerException)
        : base("Update rejected: " + message, innerException) => Errors = [message];

    /// <summary>The validators' messages, one per violated rule.</summary>
    public IReadOnlyList<string> Errors { get; }
}
