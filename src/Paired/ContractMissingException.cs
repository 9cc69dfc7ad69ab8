namespace Lab.Paired;

/// <summary>A build lacks the paired-runner contract (or has another version): compare it in launch mode.</summary>
public sealed class ContractMissingException : Exception
{
    public ContractMissingException()
    {
    }

    public ContractMissingException(string message)
        : base(message)
    {
    }

    public ContractMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
