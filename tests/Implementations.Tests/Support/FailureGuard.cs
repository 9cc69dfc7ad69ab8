namespace Lab.Implementations.Tests.Support;

/// <summary>
/// The bound on every blocking wait in the tests. Never synchronization: only a failure guard,
/// so that a hung thread fails its test instead of hanging the run.
/// </summary>
internal static class FailureGuard
{
    public static TimeSpan Timeout { get; } = TimeSpan.FromMinutes(2);
}
