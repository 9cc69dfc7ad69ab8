using System.Diagnostics;
using System.Text;
using Etcdserverpb;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace Lab.CowStore.Etcd.Tests.Support;

/// <summary>
/// One real etcd process owned by one test: free loopback ports for clients and peers, a temporary data
/// directory, stopped by its PID (SIGKILL) and the directory deleted on dispose, so none is ever left
/// running. <see cref="KillAsync"/> and <see cref="StartAgainAsync"/> SIGKILL it and start it again on the
/// same ports and data, the way a crashed etcd comes back. Writes go through a plain gRPC client of the
/// test, independent of the code under test. Waits have deadlines that only guard against hangs.
/// </summary>
internal sealed class EtcdServer : IAsyncDisposable
{
    /// <summary>Failure guard for every wait.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public const string MissingBinaryMessage =
        "etcd is not installed: install Debian's etcd-server and etcd-client (`apt-get install etcd-server etcd-client`, or `.ci/install-etcd` as root) to run the etcd tests";

    private readonly DirectoryInfo dataDirectory = Directory.CreateTempSubdirectory("lab-etcd-");
    private readonly int peerPort = FreePorts.Next();
    private readonly GrpcChannel channel;
    private readonly KV.KVClient kv;
    private readonly StringBuilder log = new();
    private Process? process;

    private EtcdServer()
    {
        ClientUrl = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        channel = GrpcChannel.ForAddress(ClientUrl, new GrpcChannelOptions
        {
            InitialReconnectBackoff = TimeSpan.FromMilliseconds(100),
            MaxReconnectBackoff = TimeSpan.FromMilliseconds(500),
        });
        kv = new KV.KVClient(channel);
    }

    /// <summary>The <c>etcd</c> binary on PATH, or null.</summary>
    public static string? BinaryPath { get; } = FindOnPath("etcd");

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public Uri ClientUrl { get; }

    public int? ProcessId => process?.Id;

    public static async Task<EtcdServer> StartAsync()
    {
        var server = new EtcdServer();
        try
        {
            await server.StartAgainAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts etcd (again) on the same ports and data directory and waits until it answers.</summary>
    public async Task StartAgainAsync()
    {
        var binary = BinaryPath ?? throw new InvalidOperationException(MissingBinaryMessage);
        var peer = $"http://127.0.0.1:{peerPort}";
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--name", "lab", "--data-dir", dataDirectory.FullName,
            "--listen-client-urls", Origin(ClientUrl), "--advertise-client-urls", Origin(ClientUrl),
            "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
            "--initial-cluster", $"lab={peer}", "--initial-cluster-state", "new",
            "--logger", "zap", "--log-level", "warn",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var started = new Process { StartInfo = start };
        started.OutputDataReceived += (_, e) => Append(e.Data);
        started.ErrorDataReceived += (_, e) => Append(e.Data);
        started.Start();
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;
        using var deadline = new CancellationTokenSource(Deadline);
        while (true)
        {
            if (started.HasExited)
            {
                throw new InvalidOperationException($"etcd exited with {started.ExitCode}:\n{Log}");
            }

            try
            {
                // Readiness: a linearizable read answers once etcd has a leader and serves clients.
                // Waits for the channel to connect, up to 2 s per attempt, so the loop does not spin.
                await kv.RangeAsync(new RangeRequest { Key = ByteString.CopyFromUtf8("/ready") }, Call(TimeSpan.FromSeconds(2), deadline.Token));
                return;
            }
            catch (RpcException) when (!deadline.IsCancellationRequested)
            {
                // Not serving yet: try again, until the deadline.
            }
            catch (RpcException ex)
            {
                throw new TimeoutException($"etcd did not answer within {Deadline}:\n{Log}", ex);
            }
        }
    }

    /// <summary>SIGKILL, and wait until the process is gone.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill();
            await running.WaitForExitAsync().WaitAsync(Deadline);
        }
    }

    public async Task<long> PutAsync(string key, string value)
    {
        var response = await kv.PutAsync(new PutRequest { Key = ByteString.CopyFromUtf8(key), Value = ByteString.CopyFromUtf8(value) }, Call(Deadline));
        return response.Header.Revision;
    }

    public async Task<long> DeleteAsync(string key)
    {
        var response = await kv.DeleteRangeAsync(new DeleteRangeRequest { Key = ByteString.CopyFromUtf8(key) }, Call(Deadline));
        return response.Header.Revision;
    }

    /// <summary>Compacts the history up to <paramref name="revision"/>: watches from before it fail with "compacted".</summary>
    public async Task CompactAsync(long revision) =>
        await kv.CompactAsync(new CompactionRequest { Revision = revision, Physical = true }, Call(Deadline));

    /// <summary>Puts with a deadline that fails fast (no wait for a connection): for bursts across an etcd kill.</summary>
    public async Task<long> TryPutAsync(string key, string value, TimeSpan timeout)
    {
        var response = await kv.PutAsync(new PutRequest { Key = ByteString.CopyFromUtf8(key), Value = ByteString.CopyFromUtf8(value) }, new CallOptions(deadline: DateTime.UtcNow + timeout));
        return response.Header.Revision;
    }

    /// <summary>Call options that wait for a connection (etcd starting again) up to <paramref name="timeout"/>.</summary>
    private static CallOptions Call(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        new CallOptions(deadline: DateTime.UtcNow + timeout, cancellationToken: cancellationToken).WithWaitForReady();

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            process?.Dispose();
            channel.Dispose();
            dataDirectory.Delete(recursive: true);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    /// <summary>etcd refuses URLs with a path, even "/".</summary>
    private static string Origin(Uri url) => $"{url.Scheme}://{url.Authority}";

    private static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
