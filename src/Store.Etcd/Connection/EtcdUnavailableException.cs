namespace Lab.CowStore.Etcd;

/// <summary>etcd could not be reached or did not answer in time; the message names the endpoint.</summary>
public sealed class EtcdUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EtcdUnavailableException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    public EtcdUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public EtcdUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The etcd client URL.</param>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public EtcdUnavailableException(Uri endpoint, string message, Exception innerException)
        : base($"etcd {endpoint} is unavailable: {message}", innerException)
    {
        Endpoint = endpoint;
    }

    /// <summary>The etcd client URL that failed, when known.</summary>
    public Uri? Endpoint { get; }
}
