namespace Lab.ConfigService.Configuration;

/// <summary>
/// The validation rules of <see cref="ServiceConfig"/>: each returns null when the value is valid, else a
/// message naming the member and the problem. The store runs every rule before it publishes.
/// </summary>
internal static class ServiceConfigRules
{
    public const int MaxRetriesLimit = 100;

    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<Func<ServiceConfig, string?>> All { get; } =
    [
        LogLevelIsDefined,
        TimeoutInRange,
        MaxRetriesInRange,
        HostsPresentAndDistinct,
        FeatureNamesPresent,
    ];

    /// <summary>Runs every rule; returns the messages of those that failed (empty when valid).</summary>
    public static IReadOnlyList<string> Check(ServiceConfig config) =>
        [.. All.Select(rule => rule(config)).OfType<string>()];

    private static string? LogLevelIsDefined(ServiceConfig config) =>
        Enum.IsDefined(config.LogLevel) ? null : $"logLevel: {(int)config.LogLevel} is not a log level.";

    private static string? TimeoutInRange(ServiceConfig config) =>
        config.Timeout > TimeSpan.Zero && config.Timeout <= MaxTimeout
            ? null
            : $"timeout: {config.Timeout} is outside (00:00:00, {MaxTimeout}].";

    private static string? MaxRetriesInRange(ServiceConfig config) =>
        config.MaxRetries is >= 0 and <= MaxRetriesLimit
            ? null
            : $"maxRetries: {config.MaxRetries} is outside 0..{MaxRetriesLimit}.";

    private static string? HostsPresentAndDistinct(ServiceConfig config)
    {
        if (config.Hosts.IsDefaultOrEmpty)
        {
            return "hosts: at least one host is required.";
        }

        if (config.Hosts.Any(string.IsNullOrWhiteSpace))
        {
            return "hosts: a host name is empty.";
        }

        var duplicate = config.Hosts.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? null : $"hosts: '{duplicate.Key}' is listed more than once.";
    }

    private static string? FeatureNamesPresent(ServiceConfig config) =>
        config.Features.Keys.Any(string.IsNullOrWhiteSpace) ? "features: a feature name is empty." : null;
}
