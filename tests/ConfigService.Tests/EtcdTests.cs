using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Lab.ConfigService.Http;
using Lab.ConfigService.Tests.Support;
using Lab.CowStore.Etcd.Tests.Support;

namespace Lab.ConfigService.Tests;

/// <summary>Service processes in etcd mode on one real etcd: bursts, an etcd crash, compare-and-set, bad values, start-up faults.</summary>
public sealed class EtcdTests
{
    [EtcdFact]
    public async Task Three_instances_converge_on_the_last_of_100_puts_and_their_versions_never_go_down()
    {
        await using var cluster = await EtcdCluster.StartAsync(instances: 3);
        var observers = cluster.Services.Select(s => new ConfigObserver(s)).ToList();
        var put = new Dictionary<long, int>();
        long last = 0;
        for (var maxRetries = 1; maxRetries <= 100; maxRetries++)
        {
            last = await cluster.Etcd.PutAsync(EtcdCluster.Key, ConfigFiles.ValidJson(maxRetries));
            put[last] = maxRetries;
        }

        var tags = new List<string?>();
        foreach (var service in cluster.Services)
        {
            var final = await service.Http.WaitForConfigAsync(b => b.Etcd!.ModRevision == last);
            Assert.Equal(100, final.Config.MaxRetries);
            tags.Add((await service.Http.GetConfigAsync()).ETag);
        }

        Assert.All(tags, tag => Assert.Equal($"\"etcd.{last}\"", tag));
        foreach (var observer in observers)
        {
            var seen = await observer.StopAsync();
            observer.Dispose();
            AssertNeverBackwards(seen);
            Assert.All(seen, s => Assert.Equal(put[s.Etcd!.ModRevision], s.Config.MaxRetries));
        }
    }

    [EtcdFact]
    public async Task An_etcd_killed_during_a_burst_serves_only_values_that_were_put_and_all_converge_after_its_restart()
    {
        await using var cluster = await EtcdCluster.StartAsync(instances: 3);
        var observers = cluster.Services.Select(s => new ConfigObserver(s)).ToList();
        var attempted = new ConcurrentDictionary<int, bool>([new(0, true)]);
        var twentyAcknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var marks = cluster.Services.Select(s => s.LineCount).ToList();
        var burst = Task.Run(async () =>
        {
            var acknowledged = 0;
            for (var maxRetries = 1; maxRetries <= 60; maxRetries++)
            {
                attempted[maxRetries] = true;
                try
                {
                    await cluster.Etcd.TryPutAsync(EtcdCluster.Key, ConfigFiles.ValidJson(maxRetries), TimeSpan.FromSeconds(2));
                    if (++acknowledged == 20)
                    {
                        twentyAcknowledged.SetResult();
                    }
                }
                catch (Grpc.Core.RpcException)
                {
                    // etcd is down: this put may or may not have been applied.
                }
            }
        });

        await twentyAcknowledged.Task.WaitAsync(EtcdServer.Deadline);
        await cluster.Etcd.KillAsync();
        for (var i = 0; i < cluster.Services.Count; i++)
        {
            await cluster.Services[i].WaitForLineAsync("etcd watch Disconnected", marks[i]);
            var (status, reason) = await cluster.Services[i].GetHealthAsync();
            Assert.Equal("degraded", status);
            Assert.Contains("watch lost", reason, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await cluster.Services[i].Http.GetConfigAsync()).Status);
        }

        await cluster.Etcd.StartAgainAsync();
        await burst;
        var last = await cluster.Etcd.PutAsync(EtcdCluster.Key, ConfigFiles.ValidJson(99));
        foreach (var service in cluster.Services)
        {
            var final = await service.Http.WaitForConfigAsync(b => b.Etcd!.ModRevision == last);

            Assert.Equal(99, final.Config.MaxRetries);
            var metrics = await service.ScrapeAsync();
            Assert.True(metrics.Value("etcd_watch_failures_total") >= 1, "the lost watch is counted");
        }

        foreach (var observer in observers)
        {
            var seen = await observer.StopAsync();
            observer.Dispose();
            AssertNeverBackwards(seen);
            Assert.All(seen, s => Assert.True(attempted.ContainsKey(s.Config.MaxRetries) || s.Config.MaxRetries == 99, $"served maxRetries {s.Config.MaxRetries}, never put"));
        }
    }

    [EtcdFact]
    public async Task Of_two_instances_writing_from_the_same_revision_exactly_one_wins()
    {
        await using var cluster = await EtcdCluster.StartAsync(instances: 2);
        var read = (await cluster.Services[0].Http.GetConfigAsync()).Body!;
        var revision = read.Etcd!.ModRevision;

        var answers = await Task.WhenAll(cluster.Services.Select((service, i) =>
            service.Http.PutAsync(new Uri($"/config?revision={revision}", UriKind.Relative), new StringContent(ConfigFiles.ValidJson(10 + i)))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("someone else wrote it first", await loser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
        var written = (await winner.Content.ReadFromJsonAsync<EtcdWriteResponse>())!;
        Assert.True(written.Served);
        var winnerValue = 10 + Array.IndexOf(answers, winner);
        foreach (var service in cluster.Services)
        {
            var seen = await service.Http.WaitForConfigAsync(b => b.Etcd!.ModRevision == written.ModRevision);
            Assert.Equal(winnerValue, seen.Config.MaxRetries);
        }
    }

    [EtcdFact]
    public async Task A_bad_value_in_etcd_is_rejected_counted_and_reported_while_the_last_good_one_serves()
    {
        await using var cluster = await EtcdCluster.StartAsync(instances: 1, maxRetries: 4);
        var service = cluster.Services[0];
        var mark = service.LineCount;
        await cluster.Etcd.PutAsync(EtcdCluster.Key, ConfigFiles.ValidJson(500));
        var rejected = await service.WaitForLineAsync("rejected (Rejected)", mark);
        Assert.Contains("maxRetries: 500 is outside 0..100", rejected, StringComparison.Ordinal);
        // The watcher's state changes after the store's verdict, and is logged after it changed.
        await service.WaitForLineAsync("etcd watch Rejected", mark);

        var (status, reason) = await service.GetHealthAsync();
        Assert.Equal("degraded", status);
        Assert.Contains("maxRetries: 500", reason, StringComparison.Ordinal);
        Assert.Equal(4, (await service.Http.GetConfigAsync()).Body!.Config.MaxRetries);
        Assert.Equal(1, (await service.ScrapeAsync()).Value("config_reload_failures_total"));

        // The write path refuses what the validators would reject; nothing reaches etcd.
        var current = (await service.Http.GetConfigAsync()).Body!;
        using var refused = await service.Http.PutAsync(new Uri($"/config?revision={current.Etcd!.ModRevision}", UriKind.Relative), new StringContent(ConfigFiles.ValidJson(101)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        mark = service.LineCount;
        var good = await cluster.Etcd.PutAsync(EtcdCluster.Key, ConfigFiles.ValidJson(5));
        Assert.Equal(5, (await service.Http.WaitForConfigAsync(b => b.Etcd!.ModRevision == good)).Config.MaxRetries);
        await service.WaitForLineAsync($"in sync at etcd mod revision {good}", mark);
        Assert.Equal("serving", (await service.GetHealthAsync()).Status);
    }

    [Fact]
    public async Task An_unreachable_etcd_without_a_checkpoint_exits_1_naming_the_endpoint()
    {
        var endpoint = $"http://127.0.0.1:{FreePorts.Next()}";

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("--etcd", endpoint, "--etcd-key", "/lab/config", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        Assert.Contains($"Cannot start: etcd {endpoint} key /lab/config is unusable", output, StringComparison.Ordinal);
        Assert.Contains($"etcd {endpoint}/ is unavailable", output, StringComparison.Ordinal);
    }

    [EtcdFact]
    public async Task An_unreachable_etcd_at_start_serves_the_checkpoint_then_catches_up()
    {
        using var files = new ConfigFiles();
        var checkpoint = files.Path("config.ckpt");
        await using var cluster = await EtcdCluster.StartAsync(instances: 0, maxRetries: 1);
        var first = await cluster.StartServiceAsync("--checkpoint", checkpoint);
        var saved = await cluster.Etcd.PutAsync(EtcdCluster.Key, ConfigFiles.ValidJson(2));
        await first.Http.WaitForConfigAsync(b => b.Etcd!.ModRevision == saved);
        await first.DisposeAsync();
        await cluster.Etcd.KillAsync();

        await using var restarted = await ServiceProcess.StartAsync(cluster.Arguments("--checkpoint", checkpoint));
        var served = (await restarted.Http.GetConfigAsync()).Body!;
        Assert.Equal(2, served.Config.MaxRetries);
        Assert.Equal(saved, served.Etcd!.ModRevision);
        var (status, reason) = await restarted.GetHealthAsync();
        Assert.Equal("degraded", status);
        Assert.Contains("checkpoint", reason, StringComparison.Ordinal);

        await cluster.Etcd.StartAgainAsync();
        var next = await cluster.Etcd.PutAsync(EtcdCluster.Key, ConfigFiles.ValidJson(3));
        Assert.Equal(3, (await restarted.Http.WaitForConfigAsync(b => b.Etcd!.ModRevision == next)).Config.MaxRetries);

        // A clean stop (SIGTERM) ends the watch and the checkpoint writer and exits 0.
        Assert.Equal(0, await restarted.TerminateAsync());
    }

    /// <summary>An instance's versions and etcd revisions only go up, as one client long-polling it sees them.</summary>
    private static void AssertNeverBackwards(IReadOnlyList<ConfigResponse> seen) =>
        Assert.All(seen.Zip(seen.Skip(1)), pair =>
        {
            Assert.True(pair.Second.Version > pair.First.Version, $"version went from {pair.First.Version} to {pair.Second.Version}");
            Assert.True(pair.Second.Etcd!.ModRevision > pair.First.Etcd!.ModRevision, "etcd mod revision went back");
        });
}
