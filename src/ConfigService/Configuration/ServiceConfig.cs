using System.Collections.Immutable;

namespace Lab.ConfigService.Configuration;

/// <summary>
/// The sample configuration the service serves: immutable all the way down (a record with immutable
/// collections), so a published snapshot can be shared by every reader without copying.
/// Every member is required in the JSON file; <see cref="ServiceConfigRules"/> says what values are valid.
/// </summary>
internal sealed record ServiceConfig
{
    /// <summary>Minimum level the configured application logs at.</summary>
    public required LogLevel LogLevel { get; init; }

    /// <summary>Timeout of one call to a host; JSON form "hh:mm:ss" (for example "00:00:05").</summary>
    public required TimeSpan Timeout { get; init; }

    /// <summary>Retries after a failed call, 0 to 100.</summary>
    public required int MaxRetries { get; init; }

    /// <summary>Hosts to call, at least one, no duplicates.</summary>
    public required ImmutableArray<string> Hosts { get; init; }

    /// <summary>Feature flags by name.</summary>
    public required ImmutableDictionary<string, bool> Features { get; init; }
}
