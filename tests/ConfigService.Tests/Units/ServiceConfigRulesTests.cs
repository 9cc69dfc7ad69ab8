using System.Collections.Immutable;
using Lab.ConfigService.Configuration;
using Microsoft.Extensions.Logging;

namespace Lab.ConfigService.Tests.Units;

public sealed class ServiceConfigRulesTests
{
    private static readonly ServiceConfig valid = new()
    {
        LogLevel = LogLevel.Warning,
        Timeout = TimeSpan.FromSeconds(5),
        MaxRetries = 100,
        Hosts = ["a", "b"],
        Features = ImmutableDictionary<string, bool>.Empty.Add("x", true),
    };

    [Fact]
    public void A_valid_config_passes() => Assert.Empty(ServiceConfigRules.Check(valid));

    private static readonly Dictionary<string, ServiceConfig> invalid = new()
    {
        ["maxRetries"] = valid with { MaxRetries = 101 },
        ["maxRetries: -1"] = valid with { MaxRetries = -1 },
        ["timeout: 00:00:00"] = valid with { Timeout = TimeSpan.Zero },
        ["timeout: 00:06:00"] = valid with { Timeout = TimeSpan.FromMinutes(6) },
        ["hosts: at least one"] = valid with { Hosts = [] },
        ["'a' is listed more than once"] = valid with { Hosts = ["a", "A"] },
        ["hosts: a host name is empty"] = valid with { Hosts = [" "] },
        ["features: a feature name is empty"] = valid with { Features = ImmutableDictionary<string, bool>.Empty.Add("", true) },
        ["logLevel: 42"] = valid with { LogLevel = (LogLevel)42 },
    };

    [Theory]
    [InlineData("maxRetries")]
    [InlineData("maxRetries: -1")]
    [InlineData("timeout: 00:00:00")]
    [InlineData("timeout: 00:06:00")]
    [InlineData("hosts: at least one")]
    [InlineData("'a' is listed more than once")]
    [InlineData("hosts: a host name is empty")]
    [InlineData("features: a feature name is empty")]
    [InlineData("logLevel: 42")]
    public void Each_rule_names_its_member(string expected)
    {
        var errors = ServiceConfigRules.Check(invalid[expected]);

        Assert.Single(errors);
        Assert.Contains(expected, errors[0], StringComparison.Ordinal);
    }
}
