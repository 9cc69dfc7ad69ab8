using System.Net.Sockets;
using Lab.ConfigService.Etcd;
using Lab.ConfigService.Http;
using Lab.ConfigService.Reload;
using Lab.ConfigService.Replica;
using Lab.ConfigService.Snapshots;
using Lab.CowStore;
using Lab.CowStore.Etcd;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Lab.ConfigService.Hosting;

/// <summary>Builds and runs the web host for parsed <see cref="ServiceOptions"/>.</summary>
internal static partial class ServiceApplication
{
    public static async Task<int> RunAsync(ServiceOptions options)
    {
        await using var app = Build(options);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServiceApplication).FullName!);
        if (options.ConfigPath is not null && !await TryLoadInitialAsync(app.Services, logger))
        {
            return 1;
        }

        if (options.Etcd is not null && !await app.Services.GetRequiredService<EtcdFollower>().TryLoadInitialAsync())
        {
            return 1;
        }

        app.Lifetime.ApplicationStarted.Register(() => LogListening(app, options, logger));
        try
        {
            await app.StartAsync();
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            // Kestrel reports an address in use as an IOException, an address it cannot assign as a SocketException.
            if (ListenFailure.IsAddressInUse(ex))
            {
                var address = ListenFailure.Address(ex, options.Urls);
                LogAddressInUse(logger, address);
            }
            else
            {
                LogCannotListen(logger, options.Urls, ex.Message);
            }

            return 1;
        }

        await app.WaitForShutdownAsync();
        return 0;
    }

    private static WebApplication Build(ServiceOptions options)
    {
        // No command-line or appsettings configuration: the options above are the whole interface.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => RequestLimits.RaiseKestrelLimits(kestrel.Limits));
        builder.Logging.ClearProviders();
        if (options.JsonLogs)
        {
            builder.Logging.AddJsonConsole(console =>
            {
                console.UseUtcTimestamp = true;
                console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.UseUtcTimestamp = true;
                console.TimestampFormat = "HH:mm:ss.fff ";
            });
        }

        builder.Logging
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft", LogLevel.Warning);

        var instance = ServiceInstance.CreateRandom();
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(instance);
        services.AddSingleton<ConfigHost>();
        if (options.ConfigPath is { } path)
        {
            services.AddSingleton(new ConfigFileSource(path));
            services.AddSingleton<ReloadRequests>();
            services.AddHostedService<ReloadWorker>();
            services.AddHostedService<SighupReloadTrigger>();
            if (options.Watch)
            {
                services.AddHostedService<FileWatchReloadTrigger>();
            }
        }
        else if (options.Etcd is not null)
        {
            services.AddSingleton<EtcdFollower>();
            services.AddHostedService(provider => provider.GetRequiredService<EtcdFollower>());
            if (options.CheckpointPath is not null)
            {
                services.AddHostedService<CheckpointWriter>();
            }
        }
        else
        {
            services.AddHostedService<ReplicaClient>();
        }

        services.AddProblemDetails();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("Lab.ConfigService", serviceInstanceId: instance.Id, autoGenerateServiceInstanceId: false))
            .WithMetrics(metrics => metrics
            .AddMeter(CowStoreMetrics.MeterName, EtcdMetrics.MeterName)
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLimits();
        app.MapConfigEndpoints();
        if (options.Etcd is not null)
        {
            app.MapEtcdWriteEndpoint();
        }

        // The exporter maps every method; like the other endpoints, /metrics answers GET only (else 405, Allow: GET).
        app.MapPrometheusScrapingEndpoint("/metrics").WithMetadata(new HttpMethodMetadata([HttpMethods.Get]));
        return app;
    }

    /// <summary>An origin starts only from a good file: nothing to serve otherwise.</summary>
    private static async Task<bool> TryLoadInitialAsync(IServiceProvider services, ILogger logger)
    {
        var source = services.GetRequiredService<ConfigFileSource>();
        try
        {
            services.GetRequiredService<ConfigHost>().Create(await source.LoadAsync(CancellationToken.None), source.Name);
            return true;
        }
        catch (Exception ex) when (ex is SnapshotSourceException or SnapshotValidationException)
        {
            LogUnusableFile(logger, source.Name, ex.Message);
            return false;
        }
    }

    private static void LogListening(WebApplication app, ServiceOptions options, ILogger logger)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var mode = options switch
        {
            { ReplicaOf: { } origin } => $"replica of {origin}",
            { Etcd: { } etcd } => $"etcd follower of {etcd.AbsoluteUri.TrimEnd('/')} key {options.EtcdKey}",
            _ => $"origin serving {options.ConfigPath}",
        };
        foreach (var address in addresses)
        {
            LogListening(logger, address, mode);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening on {Address} as {Mode}")]
    private static partial void LogListening(ILogger logger, string address, string mode);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot start: address {Address} is already in use.")]
    private static partial void LogAddressInUse(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot start: cannot listen on {Urls}. {Error}")]
    private static partial void LogCannotListen(ILogger logger, string urls, string error);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot start: {Source} is unusable. {Error}")]
    private static partial void LogUnusableFile(ILogger logger, string source, string error);
}
