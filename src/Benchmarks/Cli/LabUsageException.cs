namespace Lab.Benchmarks.Cli;

/// <summary>Bad input on the command line or in the environment: the message names the problem; exit code 2.</summary>
internal sealed class LabUsageException(string message) : Exception(message);
