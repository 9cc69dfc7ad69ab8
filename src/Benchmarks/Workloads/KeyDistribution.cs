using Lab.Results;

namespace Lab.Benchmarks.Workloads;

/// <summary>How keys are drawn and what they look like. The ids are CSV values: never rename one.</summary>
internal static class KeyDistribution
{
    /// <summary>Integer keys, every key equally likely.</summary>
    public const string Uniform = KeyDistributions.Uniform;

    /// <summary>Integer keys, Zipf-distributed ranks with exponent <see cref="ZipfExponent"/>; hot keys scattered over the key set.</summary>
    public const string Zipf = KeyDistributions.Zipf;

    /// <summary>String keys sharing a long common prefix, drawn uniformly: hashing and comparing dominate.</summary>
    public const string Prefix = KeyDistributions.Prefix;

    /// <summary>The Zipf exponent s.</summary>
    public const double ZipfExponent = 0.99;

    /// <summary>Every distribution, in report order.</summary>
    public static IReadOnlyList<string> All => KeyDistributions.All;

    /// <summary>True for the distributions whose keys are strings.</summary>
    public static bool UsesStringKeys(string keys) => keys == Prefix;

    /// <summary>Throws unless <paramref name="keys"/> is a known distribution.</summary>
    public static string Validate(string keys)
        => All.Contains(keys) ? keys : throw new ArgumentException($"Unknown key distribution '{keys}'. Known: {string.Join(", ", All)}.", nameof(keys));
}
