using System.Text.Json;
using Lab.ConfigService.Tests.Support;

namespace Lab.ConfigService.Tests;

/// <summary>With <c>--json-logs</c>, publishes and rejected reloads are JSON entries with their properties as fields.</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task Publishes_and_rejections_are_structured_entries()
    {
        using var files = new ConfigFiles();
        var path = files.WriteValid("config.json", maxRetries: 4);
        await using var service = await ServiceProcess.StartAsync("--config", path, "--json-logs");

        var mark = service.LineCount;
        files.Write("config.json", "{}");
        service.Signal(PosixSignals.Hangup);
        var rejected = await service.WaitForLineAsync("rejected", mark);

        using var published = JsonDocument.Parse(await service.WaitForLineAsync("Published version 1"));
        var state = published.RootElement.GetProperty("State");
        Assert.Equal("Information", published.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("1", Field(state, "Version"));
        Assert.Equal("4", Field(state, "MaxRetries"));
        Assert.Equal(path, Field(state, "Source"));

        using var rejection = JsonDocument.Parse(rejected);
        state = rejection.RootElement.GetProperty("State");
        Assert.Equal("Warning", rejection.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("1", Field(state, "Version"));
        Assert.Equal("1", Field(state, "Failures"));
        Assert.Contains("missing required properties", Field(state, "Error"), StringComparison.Ordinal);
    }

    /// <summary>A state field as text, whether the formatter wrote it as a JSON string or number.</summary>
    private static string? Field(JsonElement state, string name)
    {
        var field = state.GetProperty(name);
        return field.ValueKind == JsonValueKind.String ? field.GetString() : field.GetRawText();
    }
}
