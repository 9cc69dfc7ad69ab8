using System.Net;
using Lab.ConfigService.Hosting;
using Lab.ConfigService.Http;
using Lab.ConfigService.Snapshots;
using Lab.CowStore;

namespace Lab.ConfigService.Replica;

/// <summary>
/// Keeps this process's store a copy of the origin's: long-polls the origin's <c>/config</c> with
/// <c>If-None-Match</c> set to the last answer's ETag, and republishes every newer snapshot.
/// <list type="bullet">
/// <item>Versions: the replica's store numbers its own snapshots (strictly increasing across its life)
/// and records the origin's instance and version in <see cref="ConfigDocument.Origin"/>.</item>
/// <item>Never backwards: an answer from the same origin instance that is not newer than the recorded
/// origin version is dropped. An answer from a new origin instance (the origin restarted) is a new
/// lineage and is copied, as a new, higher replica version.</item>
/// <item>Origin down: the last good snapshot keeps serving; retries back off exponentially with jitter
/// up to <see cref="ServiceOptions.MaxBackoff"/>, and the first answer after recovery resyncs.</item>
/// </list>
/// This loop is the replica store's only writer, so the staleness check and the publish cannot interleave
/// with another publish.
/// </summary>
internal sealed partial class ReplicaClient(ServiceOptions options, ConfigHost host, ILogger<ReplicaClient> logger) : BackgroundService
{
    /// <summary>The long-poll wait asked of the origin, in seconds (at most the origin's cap).</summary>
    public const int PollSeconds = 30;

    private static readonly TimeSpan initialBackoff = TimeSpan.FromMilliseconds(100);

    /// <summary>An answer slower than the long-poll wait plus this margin counts as a failure.</summary>
    private static readonly TimeSpan responseMargin = TimeSpan.FromSeconds(15);

    private readonly Uri origin = WithTrailingSlash(options.ReplicaOf!);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) }) { Timeout = Timeout.InfiniteTimeSpan };
        var backoff = new RetryBackoff(initialBackoff, options.MaxBackoff, Random.Shared);
        var fetchUri = new Uri(origin, "config");
        var pollUri = new Uri(origin, $"config?waitForChange={PollSeconds}");
        string? known = null;
        var failing = false;
        try
        {
            while (true)
            {
                try
                {
                    // Without a tag the origin would wait for a version newer than its current one: fetch at once.
                    known = await PollOnceAsync(http, known is null ? fetchUri : pollUri, known, stoppingToken);
                    if (failing)
                    {
                        LogOriginBack(logger, origin);
                        failing = false;
                    }

                    backoff.Reset();
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is HttpRequestException or IOException or OperationCanceledException)
                {
                    var delay = backoff.Next();
                    LogOriginUnavailable(logger, origin, ex.Message, delay.TotalSeconds, host.Current?.Version);
                    failing = true;
                    await Task.Delay(delay, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One long-poll; returns the ETag to send next time.</summary>
    private async Task<string?> PollOnceAsync(HttpClient http, Uri pollUri, string? known, CancellationToken stoppingToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pollUri);
        if (known is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", known);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(PollSeconds) + responseMargin);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return known;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"{pollUri} answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        var etag = response.Headers.ETag?.ToString();
        if (etag is null || !ConfigEntityTag.TryParse(etag, out var tag))
        {
            throw new HttpRequestException($"{pollUri} answered without a config ETag ('{etag}').");
        }

        var body = await response.Content.ReadAsByteArrayAsync(deadline.Token);
        await ApplyAsync(tag, body, stoppingToken);
        return tag.ToString();
    }

    private async Task ApplyAsync(ConfigEntityTag tag, byte[] body, CancellationToken cancellationToken)
    {
        var current = host.Current;
        if (!IsNewer(tag, current?.Value.Origin))
        {
            LogStale(logger, tag.ToString(), current!.Value.Origin!.Version);
            return;
        }

        var source = new OriginResponseSource(origin, tag, body);
        if (current is not null)
        {
            await host.ReloadAsync(source, cancellationToken);
            return;
        }

        try
        {
            host.Create(await source.LoadAsync(cancellationToken), source.Name);
        }
        catch (Exception ex) when (ex is SnapshotSourceException or SnapshotValidationException)
        {
            LogFirstCopyRejected(logger, source.Name, ex.Message);
        }
    }

    /// <summary>
    /// True when the origin snapshot named by <paramref name="tag"/> may be copied over <paramref name="copied"/>:
    /// nothing copied yet, another origin instance (the origin restarted), or a higher version of the same one.
    /// </summary>
    internal static bool IsNewer(ConfigEntityTag tag, ConfigOrigin? copied) =>
        copied is null || copied.Instance != tag.Instance || tag.Version > copied.Version;

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Origin {Origin} unavailable ({Error}); retrying in {DelaySeconds:F2} s; still serving version {Version}")]
    private static partial void LogOriginUnavailable(ILogger logger, Uri origin, string error, double delaySeconds, long? version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Origin {Origin} is answering again")]
    private static partial void LogOriginBack(ILogger logger, Uri origin);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped stale answer {Tag}: already copied origin version {CopiedVersion}")]
    private static partial void LogStale(ILogger logger, string tag, long copiedVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "First copy from {Source} rejected; still waiting for a valid snapshot. {Error}")]
    private static partial void LogFirstCopyRejected(ILogger logger, string source, string error);
}
