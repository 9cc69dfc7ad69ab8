using Lab.CowStore.Etcd.Tests.Support;

namespace Lab.ConfigService.Tests.Support;

/// <summary>A real etcd and service processes following one key of it (<c>--etcd</c>, <c>--etcd-key</c>); all stopped on dispose.</summary>
internal sealed class EtcdCluster : IAsyncDisposable
{
    public const string Key = "/lab/config";

    private readonly List<ServiceProcess> services = [];

    private EtcdCluster(EtcdServer etcd) => Etcd = etcd;

    public EtcdServer Etcd { get; }

    public IReadOnlyList<ServiceProcess> Services => services;

    /// <summary>Starts etcd with the key holding a valid config of <paramref name="maxRetries"/>, and <paramref name="instances"/> services.</summary>
    public static async Task<EtcdCluster> StartAsync(int instances, int maxRetries = 0)
    {
        var cluster = new EtcdCluster(await EtcdServer.StartAsync());
        try
        {
            await cluster.Etcd.PutAsync(Key, ConfigFiles.ValidJson(maxRetries));
            for (var i = 0; i < instances; i++)
            {
                await cluster.StartServiceAsync();
            }

            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public string[] Arguments(params string[] more) => ["--etcd", Etcd.ClientUrl.ToString(), "--etcd-key", Key, .. more];

    public async Task<ServiceProcess> StartServiceAsync(params string[] more)
    {
        var service = await ServiceProcess.StartAsync(Arguments(more));
        services.Add(service);
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in services)
        {
            await service.DisposeAsync();
        }

        await Etcd.DisposeAsync();
    }
}
