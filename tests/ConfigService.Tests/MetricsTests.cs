using Lab.ConfigService.Tests.Support;

namespace Lab.ConfigService.Tests;

/// <summary><c>/metrics</c> of a real process: valid Prometheus text, moving with updates and failed reloads.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_parse_as_prometheus_text_and_move_with_updates_and_failed_reloads()
    {
        using var files = new ConfigFiles();
        var path = files.WriteValid("config.json", maxRetries: 1);
        await using var service = await ServiceProcess.StartAsync("--config", path);

        var initial = await service.ScrapeAsync();
        Assert.Equal("gauge", initial.Types["config_version"]);
        Assert.Equal("gauge", initial.Types["config_age_seconds"]);
        Assert.Equal(1, initial.Value("config_version"));
        Assert.InRange(initial.Value("config_age_seconds")!.Value, 0, double.MaxValue);
        Assert.Equal("counter", initial.Types["config_updates_total"]);
        Assert.Equal("counter", initial.Types["config_reload_failures_total"]);
        var updatesBefore = initial.Value("config_updates_total")!.Value;
        Assert.Equal(0, initial.Value("config_reload_failures_total"));
        Assert.All(initial.Samples.Where(s => s.Name.StartsWith("config_", StringComparison.Ordinal)),
            s => Assert.Equal("Lab.CowStore", s.Labels["otel_scope_name"]));

        Assert.Equal("counter", initial.Types["config_reloads_unchanged_total"]);
        Assert.Equal(0, initial.Value("config_reloads_unchanged_total"));

        var first = await service.Http.GetConfigAsync();
        files.WriteValid("config.json", maxRetries: 2);
        service.Signal(PosixSignals.Hangup);
        var second = await service.Http.GetConfigAsync(first.ETag, "?waitForChange=30");

        var afterUpdate = await service.ScrapeAsync();
        Assert.Equal("counter", afterUpdate.Types["config_updates_total"]);
        Assert.Equal(2, afterUpdate.Value("config_version"));
        Assert.Equal(updatesBefore + 1, afterUpdate.Value("config_updates_total"));

        var mark = service.LineCount;
        files.Write("config.json", "not json");
        service.Signal(PosixSignals.Hangup);
        await service.WaitForLineAsync("rejected", mark);

        var afterFailure = await service.ScrapeAsync();
        Assert.Equal("counter", afterFailure.Types["config_reload_failures_total"]);
        Assert.Equal(1, afterFailure.Value("config_reload_failures_total"));
        Assert.Equal(2, afterFailure.Value("config_version"));
        Assert.Equal(updatesBefore + 1, afterFailure.Value("config_updates_total"));
        Assert.Equal(second.ETag, (await service.Http.GetConfigAsync()).ETag);
    }

    [Fact]
    public async Task Target_info_names_the_instance_id_of_the_etags()
    {
        using var files = new ConfigFiles();
        await using var service = await ServiceProcess.StartAsync("--config", files.WriteValid("config.json", maxRetries: 1));

        var config = await service.Http.GetConfigAsync();
        var metrics = await service.ScrapeAsync();

        var target = Assert.Single(metrics.Samples, s => s.Name == "target_info");
        Assert.Equal("Lab.ConfigService", target.Labels["service_name"]);
        Assert.Equal(config.Body!.Instance, target.Labels["service_instance_id"]);
        Assert.Equal($"\"{target.Labels["service_instance_id"]}.1\"", config.ETag);
    }
}
