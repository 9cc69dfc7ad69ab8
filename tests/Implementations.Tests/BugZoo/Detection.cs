using CsCheck;
using Lab.Implementations.Tests.Support;
using Xunit.Sdk;

namespace Lab.Implementations.Tests.BugZoo;

/// <summary>Assertions that a suite check caught a broken map, for the right reason.</summary>
public static class Detection
{
    /// <summary>
    /// The check failed the way a check fails (an assertion, or CsCheck reporting a shrunk failing
    /// sample), not by crashing, and its message contains <paramref name="reason"/>.
    /// </summary>
    public static void MustFail(Action check, string reason)
    {
        var failure = Record.Exception(check);
        Assert.NotNull(failure);
        Assert.True(failure is XunitException or CsCheckException, $"The check crashed instead of failing: {failure}");
        Assert.Contains(reason, failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The concurrent check recorded at least one violation containing <paramref name="reason"/>.</summary>
    public static void MustReport(Violations violations, string reason)
    {
        Assert.True(violations.Count > 0, "The check saw nothing wrong with a broken map.");
        Assert.True(
            violations.First.Any(violation => violation.Contains(reason, StringComparison.Ordinal)),
            $"Expected a violation mentioning '{reason}', got {violations}");
    }
}
