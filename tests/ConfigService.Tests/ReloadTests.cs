using System.Net;
using Lab.ConfigService.Tests.Support;

namespace Lab.ConfigService.Tests;

/// <summary>Reload of a real process on SIGHUP and on file change (<c>--watch</c>).</summary>
public sealed class ReloadTests
{
    [Fact]
    public async Task Sighup_with_a_good_file_publishes_the_next_version()
    {
        using var files = new ConfigFiles();
        var path = files.WriteValid("config.json", maxRetries: 1);
        await using var service = await ServiceProcess.StartAsync("--config", path);
        var first = await service.Http.GetConfigAsync();
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(1, first.Body!.Version);
        Assert.Equal($"\"{first.Body.Instance}.1\"", first.ETag);

        files.WriteValid("config.json", maxRetries: 2);
        service.Signal(PosixSignals.Hangup);
        var next = await service.Http.GetConfigAsync(first.ETag, "?waitForChange=30");

        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(2, next.Body!.Version);
        Assert.Equal(2, next.Body.Config.MaxRetries);
        Assert.Equal($"\"{first.Body.Instance}.2\"", next.ETag);
        await service.WaitForLineAsync("Published version 2 from " + path);
    }

    [Fact]
    public async Task Sighup_with_an_unchanged_file_publishes_nothing_and_keeps_the_etag()
    {
        using var files = new ConfigFiles();
        var path = files.WriteValid("config.json", maxRetries: 1);
        await using var service = await ServiceProcess.StartAsync("--config", path);
        var first = await service.Http.GetConfigAsync();
        var before = await service.ScrapeAsync();
        // A long poll from before the reload must be answered by the next real change, not by this reload.
        var poll = service.Http.GetConfigAsync(first.ETag, "?waitForChange=60");

        // The same value after parsing: members reordered, another layout.
        var mark = service.LineCount;
        files.Write("config.json", """
            {"features":{"newCheckout":false},"hosts":["alpha.internal","beta.internal"],"maxRetries":1,"timeout":"00:00:05","logLevel":"Information"}
            """);
        service.Signal(PosixSignals.Hangup);
        var outcome = await service.WaitForLineAsync(l => l.Contains("unchanged", StringComparison.Ordinal) || l.Contains("Published version 2", StringComparison.Ordinal), mark);

        Assert.Contains($"Reload from {path} unchanged; still serving version 1", outcome, StringComparison.Ordinal);
        Assert.Equal(first.ETag, (await service.Http.GetConfigAsync()).ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await service.Http.GetConfigAsync(first.ETag)).Status);
        var after = await service.ScrapeAsync();
        Assert.Equal(1, after.Value("config_version"));
        Assert.Equal(before.Value("config_updates_total"), after.Value("config_updates_total"));
        Assert.Equal(0, before.Value("config_reloads_unchanged_total"));
        Assert.Equal(1, after.Value("config_reloads_unchanged_total"));

        files.WriteValid("config.json", maxRetries: 2);
        service.Signal(PosixSignals.Hangup);
        var woken = await poll;
        Assert.Equal(HttpStatusCode.OK, woken.Status);
        Assert.Equal(2, woken.Body!.Version);
        Assert.Equal(2, woken.Body.Config.MaxRetries);
    }

    private static readonly (string Json, string ExpectedError, string Why)[] badFiles =
    [
        ("""{ "logLevel": "Information", "timeout": """, "line 1", "broken JSON"),
        ("""{ "logLevel": "Information", "timeout": "00:00:05", "maxRetries": 101, "hosts": ["a"], "features": {} }""", "maxRetries: 101 is outside 0..100", "validator"),
        ("""{ "logLevel": "Information", "timeout": "00:00:05", "maxRetries": 1, "hosts": ["a"], "features": {}, "extra": 1 }""", "extra", "unknown member"),
        ("""{ "logLevel": "Loud", "timeout": "00:00:05", "maxRetries": 1, "hosts": ["a"], "features": {} }""", "logLevel", "unknown enum name"),
    ];

    [Fact]
    public async Task Sighup_with_a_bad_file_keeps_the_old_snapshot_and_counts_a_failure()
    {
        using var files = new ConfigFiles();
        var path = files.WriteValid("config.json", maxRetries: 1);
        await using var service = await ServiceProcess.StartAsync("--config", path);
        var before = await service.Http.GetConfigAsync();

        var failures = 0;
        foreach (var (json, expectedError, why) in badFiles)
        {
            var mark = service.LineCount;
            files.Write("config.json", json);
            service.Signal(PosixSignals.Hangup);
            var rejection = await service.WaitForLineAsync("rejected", mark);
            failures++;

            Assert.Contains(path, rejection, StringComparison.Ordinal);
            Assert.True(rejection.Contains(expectedError, StringComparison.Ordinal), $"{why}: {rejection}");
            Assert.Contains($"still serving version 1; reload failures: {failures}.", rejection, StringComparison.Ordinal);
            var after = await service.Http.GetConfigAsync();
            Assert.Equal(before.ETag, after.ETag);
            Assert.Equal(1, after.Body!.Config.MaxRetries);
            Assert.Equal(HttpStatusCode.NotModified, (await service.Http.GetConfigAsync(before.ETag)).Status);
            var metrics = await service.ScrapeAsync();
            Assert.Equal(failures, metrics.Value("config_reload_failures_total"));
            Assert.Equal(1, metrics.Value("config_version"));
        }

        // Fixing the file recovers on the next signal.
        files.WriteValid("config.json", maxRetries: 3);
        service.Signal(PosixSignals.Hangup);
        var fixedAnswer = await service.Http.GetConfigAsync(before.ETag, "?waitForChange=30");
        Assert.Equal(2, fixedAnswer.Body!.Version);
        Assert.Equal(3, fixedAnswer.Body.Config.MaxRetries);
    }

    [Fact]
    public async Task Watch_reloads_when_the_file_is_replaced()
    {
        using var files = new ConfigFiles();
        var path = files.WriteValid("config.json", maxRetries: 1);
        await using var service = await ServiceProcess.StartAsync("--config", path, "--watch");
        var first = await service.Http.GetConfigAsync();

        files.WriteValid("config.json", maxRetries: 5);
        var changed = await service.Http.WaitForConfigAsync(c => c.Config.MaxRetries == 5);

        Assert.True(changed.Version > first.Body!.Version);
        await service.WaitForLineAsync("(FileChanged)");
    }
}
