using System.Collections.Immutable;

namespace Lab.Benchmarks.Store;

/// <summary>The benchmarks' store value: a counter and a 1,000-entry immutable map.</summary>
public sealed record StoreBenchConfig(long Counter, ImmutableDictionary<int, int> Features)
{
    public const int FeatureCount = 1_000;

    public static StoreBenchConfig Create() =>
        new(0, Enumerable.Range(0, FeatureCount).ToImmutableDictionary(i => i, i => i));

    /// <summary>One small change: bump the counter and rewrite one map entry (a path copy in the map).</summary>
    public StoreBenchConfig Bump(int key) => new(Counter + 1, Features.SetItem(key % FeatureCount, (int)Counter));
}
