using dotnet_etcd;
using Etcdserverpb;
using Grpc.Core;
using Grpc.Net.Client.Configuration;

namespace Lab.CowStore.Etcd;

/// <summary>
/// One gRPC channel to an etcd endpoint (through the <c>dotnet-etcd</c> client), shared by the sources
/// and watchers of a process. Every call is one attempt bounded by <see cref="RequestTimeout"/>: the
/// client library's automatic retries are switched off, because a retried compare-and-set transaction
/// whose first attempt committed would report a conflict with itself, and because the watcher runs its
/// own reconnect loop (<see cref="EtcdWatcher{T}"/>). Thread-safe; dispose it after its users.
/// </summary>
public sealed class EtcdConnection : IDisposable
{
    private readonly EtcdClient client;

    /// <summary>Connects (lazily: nothing is sent before the first call) to <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">An <c>http://host:port</c> etcd client URL.</param>
    /// <param name="requestTimeout">Deadline of each read and write; default 5 s.</param>
    /// <exception cref="ArgumentException">The endpoint is not an absolute http:// URL with a host and a port.</exception>
    public EtcdConnection(Uri endpoint, TimeSpan? requestTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme != Uri.UriSchemeHttp || endpoint.Host.Length == 0 || endpoint.IsDefaultPort)
        {
            throw new ArgumentException($"'{endpoint}' is not an etcd client URL such as http://127.0.0.1:2379.", nameof(endpoint));
        }

        Endpoint = endpoint;
        RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(5);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RequestTimeout, TimeSpan.Zero, nameof(requestTimeout));
        client = new EtcdClient($"http://{endpoint.Authority}", configureChannelOptions: options =>
        {
            // Keep the library's load-balancing config, drop its retry policy (see the class comment).
            options.ServiceConfig = new ServiceConfig { LoadBalancingConfigs = { new RoundRobinConfig() } };
            // gRPC's default reconnect backoff grows to 2 minutes: after an etcd restart the watcher would
            // wait that long. Reconnect at least every second instead (one TCP connect on loopback or LAN).
            options.InitialReconnectBackoff = TimeSpan.FromMilliseconds(100);
            options.MaxReconnectBackoff = TimeSpan.FromSeconds(1);
            // A connection whose peer vanished without a FIN (a host down, a partition) is found by HTTP/2
            // pings: one after 10 s of silence, dead when unanswered for the request timeout.
            if (options.HttpHandler is SocketsHttpHandler handler)
            {
                handler.KeepAlivePingDelay = TimeSpan.FromSeconds(10);
                handler.KeepAlivePingTimeout = RequestTimeout;
            }
        });
    }

    /// <summary>The etcd client URL, named in every error.</summary>
    public Uri Endpoint { get; }

    /// <summary>Deadline of each read and write call.</summary>
    public TimeSpan RequestTimeout { get; }

    internal KV.KVClient KV => client.GetConnection().KVClient;

    internal Watch.WatchClient Watch => client.GetConnection().WatchClient;

    /// <summary>The deadline for a unary call started now.</summary>
    internal DateTime Deadline() => DateTime.UtcNow + RequestTimeout;

    /// <summary>Runs one unary call; a gRPC failure becomes an <see cref="EtcdUnavailableException"/> naming the endpoint.</summary>
    internal async Task<TResponse> CallAsync<TResponse>(Func<DateTime, CancellationToken, AsyncUnaryCall<TResponse>> call, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await call(Deadline(), cancellationToken);
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EtcdUnavailableException(Endpoint, $"{what}: {Describe(ex)}", ex);
        }
    }

    /// <summary>A gRPC failure in one line: the status and etcd's detail.</summary>
    internal static string Describe(RpcException exception) =>
        exception.Status.Detail is { Length: > 0 } detail ? $"{exception.StatusCode}: {detail}" : exception.StatusCode.ToString();

    /// <inheritdoc/>
    public void Dispose() => client.Dispose();
}
