using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Threading.Channels;

namespace Lab.CowStore.Etcd.Latency;

/// <summary>
/// A client long-polling one service instance's <c>/config</c> for the whole run: every answer's etcd mod
/// revision with the <see cref="Stopwatch"/> timestamp it arrived at, in order.
/// </summary>
internal sealed class ServedRevisions : IAsyncDisposable
{
    private readonly HttpClient http;
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<(long Revision, long Timestamp)> served = Channel.CreateUnbounded<(long, long)>();
    private readonly Task loop;

    public ServedRevisions(Uri service)
    {
        http = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromSeconds(90) };
        loop = PollAsync();
    }

    /// <summary>The timestamp of the first answer serving <paramref name="revision"/> or a later one.</summary>
    public async Task<long> WaitForAsync(long revision, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (seen, timestamp) = await served.Reader.ReadAsync(cancellationToken);
            if (seen >= revision)
            {
                return timestamp;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }

        http.Dispose();
        stop.Dispose();
    }

    private async Task PollAsync()
    {
        string? tag = null;
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, tag is null ? "/config" : "/config?waitForChange=30");
            if (tag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", tag);
            }

            using var response = await http.SendAsync(request, stop.Token);
            var arrived = Stopwatch.GetTimestamp();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            tag = response.Headers.ETag?.ToString();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(stop.Token));
            served.Writer.TryWrite((body.RootElement.GetProperty("etcd").GetProperty("modRevision").GetInt64(), arrived));
        }
    }
}
