using System.Collections.Immutable;

namespace Lab.CowStore.Tests;

/// <summary>The curriculum's Config: scalars, a list and a map, all immutable.</summary>
public sealed record ServiceConfig(
    string LogLevel,
    TimeSpan Timeout,
    int MaxRetries,
    ImmutableList<string> Hosts,
    ImmutableDictionary<string, bool> Features)
{
    public static ServiceConfig Default { get; } = new("info", TimeSpan.FromSeconds(5), 3, [], ImmutableDictionary<string, bool>.Empty);

    /// <summary>The curriculum's range rule: 0 &lt;= MaxRetries &lt;= 100.</summary>
    public static string? ValidateRetries(ServiceConfig config) =>
        config.MaxRetries is < 0 or > 100 ? $"MaxRetries must be between 0 and 100, got {config.MaxRetries}" : null;

    public static SnapshotStoreOptions<ServiceConfig> Options(TimeProvider? clock = null) =>
        new SnapshotStoreOptions<ServiceConfig> { TimeProvider = clock ?? TimeProvider.System, Name = "test-" + Guid.NewGuid().ToString("N") }
            .AddValidator(ValidateRetries);
}
