namespace Lab.Results;

/// <summary>The <c>keys</c> values of the contract.</summary>
public static class KeyDistributions
{
    /// <summary>Uniform integer keys: every profile measures them, and the design targets use only them.</summary>
    public const string Uniform = "uniform";

    /// <summary>Zipf-distributed integer keys (s = 0.99).</summary>
    public const string Zipf = "zipf";

    /// <summary>Long strings with a long common prefix.</summary>
    public const string Prefix = "prefix";

    /// <summary>Every distribution, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Uniform, Zipf, Prefix];
}
