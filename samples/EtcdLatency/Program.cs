// Put-to-served latency of the config service in etcd mode, and convergence after an etcd restart.
//
//   dotnet run --project samples/EtcdLatency -c Release -- [--puts 1000] [--restarts 5]
//
// Starts one etcd (free loopback ports, temporary data dir) and three service instances following one
// key, each watched by a long-polling client. Then, in a bounded closed loop, puts the key --puts times
// (one put in flight) and records for every instance the time from the start of the put to the client
// receiving the snapshot with that put's mod revision. Then --restarts times: SIGKILL etcd, start it again
// on the same data, put once it answers, and record the time until all three instances serve that put.
// Prints the figures; stops every process it started. Needs `etcd` on PATH (Debian etcd-server).
using System.Diagnostics;
using System.Globalization;
using Lab.ConfigService.Tests.Support;
using Lab.CowStore.Etcd.Latency;
using Lab.CowStore.Etcd.Tests.Support;

const string key = "/lab/latency/config";
var puts = Option(args, "--puts", 1000);
var restarts = Option(args, "--restarts", 5);
if (puts is < 1 or > 100_000 || restarts is < 0 or > 100)
{
    Console.Error.WriteLine("--puts must be 1..100000 and --restarts 0..100.");
    return 2;
}

if (EtcdServer.BinaryPath is null)
{
    Console.Error.WriteLine(EtcdServer.MissingBinaryMessage);
    return 1;
}

await using var etcd = await EtcdServer.StartAsync();
await etcd.PutAsync(key, Config(0));
var services = new List<ServiceProcess>();
var clients = new List<ServedRevisions>();
try
{
    for (var i = 0; i < 3; i++)
    {
        var service = await ServiceProcess.StartAsync("--etcd", etcd.ClientUrl.ToString(), "--etcd-key", key);
        services.Add(service);
        clients.Add(new ServedRevisions(service.BaseAddress));
    }

    using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(20));
    var latencies = new List<double>(puts * clients.Count);
    for (var i = 1; i <= puts; i++)
    {
        var start = Stopwatch.GetTimestamp();
        var revision = await etcd.PutAsync(key, Config(i % 101));
        foreach (var client in clients)
        {
            latencies.Add(Stopwatch.GetElapsedTime(start, await client.WaitForAsync(revision, deadline.Token)).TotalMilliseconds);
        }
    }

    latencies.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"put-to-served, {clients.Count} instances x {puts} puts (closed loop, loopback): p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms"));

    for (var round = 1; round <= restarts; round++)
    {
        await etcd.KillAsync();
        var restart = Stopwatch.GetTimestamp();
        await etcd.StartAgainAsync();
        var answering = Stopwatch.GetTimestamp();
        var revision = await etcd.PutAsync(key, Config(round));
        var converged = answering;
        foreach (var client in clients)
        {
            converged = Math.Max(converged, await client.WaitForAsync(revision, deadline.Token));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"restart {round}: etcd answering after {Stopwatch.GetElapsedTime(restart, answering).TotalMilliseconds:F0} ms; all {clients.Count} instances serving the first put after it {Stopwatch.GetElapsedTime(answering, converged).TotalMilliseconds:F0} ms later"));
    }

    return 0;
}
finally
{
    foreach (var client in clients)
    {
        await client.DisposeAsync();
    }

    foreach (var service in services)
    {
        await service.DisposeAsync();
    }
}

static string Config(int maxRetries) => string.Create(CultureInfo.InvariantCulture,
    $$"""{ "logLevel": "Information", "timeout": "00:00:05", "maxRetries": {{maxRetries}}, "hosts": ["alpha.internal"], "features": {} }""");

static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

static int Option(string[] args, string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
