using System.Net;
using Lab.ConfigService.Http;
using Lab.ConfigService.Tests.Support;

namespace Lab.ConfigService.Tests;

/// <summary>Two real processes: B (<c>--replica-of</c> A) follows A through changes and through A's restart.</summary>
public sealed class ReplicationTests
{
    [Fact]
    public async Task Replica_converges_after_each_change_survives_the_origin_restart_and_never_goes_back()
    {
        using var files = new ConfigFiles();
        var path = files.WriteValid("config.json", maxRetries: 0);
        var origin = await ServiceProcess.StartAsync("--config", path);
        ServiceProcess? replica = null;
        IReadOnlyList<ConfigResponse> seen;
        try
        {
            replica = await ServiceProcess.StartAsync("--replica-of", origin.BaseAddress.ToString(), "--max-backoff", "1");
            using var observer = new ConfigObserver(replica);
            // B copies A's first snapshot, then each of A's changes.
            for (var change = 1; change <= 3; change++)
            {
                var before = await origin.Http.GetConfigAsync();
                files.WriteValid("config.json", maxRetries: change);
                origin.Signal(PosixSignals.Hangup);
                var published = (await origin.Http.GetConfigAsync(before.ETag, "?waitForChange=30")).Body!;
                Assert.Equal(change, published.Config.MaxRetries);

                var copied = await replica.Http.WaitForConfigAsync(b => IsCopyOf(b, published));
                Assert.Equal(change, copied.Config.MaxRetries);
                Assert.Equal(origin.BaseAddress.ToString().TrimEnd('/'), copied.Origin!.Url.ToString().TrimEnd('/'));
            }

            // A dies: B keeps serving its last snapshot and says so in its log.
            var lastCopy = await replica.Http.GetConfigAsync();
            var mark = replica.LineCount;
            await origin.KillAsync();
            await replica.WaitForLineAsync("unavailable", mark);
            var whileDown = await replica.Http.GetConfigAsync();
            Assert.Equal(HttpStatusCode.OK, whileDown.Status);
            Assert.Equal(lastCopy.ETag, whileDown.ETag);
            Assert.Equal(3, whileDown.Body!.Config.MaxRetries);
            Assert.Equal(HttpStatusCode.OK, (await replica.Http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);

            // A comes back on the same address with a changed file (and a new instance, version 1): B resyncs.
            files.WriteValid("config.json", maxRetries: 42);
            await origin.DisposeAsync();
            origin = await ServiceProcess.StartAsync("--config", path, "--urls", origin.BaseAddress.ToString());
            var restarted = (await origin.Http.GetConfigAsync()).Body!;
            Assert.Equal(1, restarted.Version);
            var resynced = await replica.Http.WaitForConfigAsync(b => IsCopyOf(b, restarted));
            Assert.Equal(42, resynced.Config.MaxRetries);
            Assert.True(resynced.Version > whileDown.Body.Version);
            await replica.WaitForLineAsync("is answering again", mark);
            seen = await observer.StopAsync();
        }
        finally
        {
            await origin.DisposeAsync();
            if (replica is not null)
            {
                await replica.DisposeAsync();
            }
        }

        // Every snapshot B served, seen by a client long-polling B all along: versions only go up, and
        // copies of one origin instance follow that instance's versions upwards.
        Assert.NotEmpty(seen);
        Assert.All(seen.Zip(seen.Skip(1)), pair =>
        {
            Assert.True(pair.Second.Version > pair.First.Version, $"replica version went from {pair.First.Version} to {pair.Second.Version}");
            if (pair.First.Origin!.Instance == pair.Second.Origin!.Instance)
            {
                Assert.True(pair.Second.Origin.Version > pair.First.Origin.Version, "origin version went back");
            }
        });
    }

    private static bool IsCopyOf(ConfigResponse replica, ConfigResponse origin) =>
        replica.Origin is { } copied && copied.Instance == origin.Instance && copied.Version == origin.Version;
}
