using Lab.ConfigService.Hosting;

namespace Lab.ConfigService.Tests.Units;

public sealed class ServiceOptionsParserTests
{
    [Fact]
    public void Origin_defaults_to_loopback()
    {
        Assert.True(ServiceOptionsParser.TryParse(["--config", "c.json", "--watch"], out var options, out _));

        Assert.Equal("c.json", options.ConfigPath);
        Assert.True(options.Watch);
        Assert.Null(options.ReplicaOf);
        Assert.Equal("http://127.0.0.1:5080", options.Urls);
    }

    [Fact]
    public void Replica_takes_origin_backoff_and_urls()
    {
        Assert.True(ServiceOptionsParser.TryParse(["--replica-of", "http://127.0.0.1:5080", "--max-backoff", "2.5", "--urls", "http://127.0.0.1:5081"], out var options, out _));

        Assert.Equal(new Uri("http://127.0.0.1:5080"), options.ReplicaOf);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.MaxBackoff);
        Assert.Equal("http://127.0.0.1:5081", options.Urls);
    }

    [Theory]
    [InlineData("--max-backoff", "NaN")]
    [InlineData("--max-backoff", "301")]
    [InlineData("--max-backoff", "0.05")]
    [InlineData("--urls", "--config")]
    public void Bad_values_are_refused(string name, string value)
    {
        Assert.False(ServiceOptionsParser.TryParse(["--replica-of", "http://h", name, value], out _, out var error));
        Assert.Contains(name, error, StringComparison.Ordinal);
    }
}
