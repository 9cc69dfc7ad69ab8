using System.Collections.Concurrent;
using Lab.ConfigService.Http;

namespace Lab.ConfigService.Tests.Support;

/// <summary>A client that long-polls one service for the whole test and records every snapshot it gets, in order.</summary>
internal sealed class ConfigObserver : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<ConfigResponse> seen = new();
    private readonly Task loop;

    public ConfigObserver(ServiceProcess service) => loop = ObserveAsync(service.Http);

    public async Task<IReadOnlyList<ConfigResponse>> StopAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }

        return [.. seen];
    }

    public void Dispose() => stop.Dispose();

    private async Task ObserveAsync(HttpClient http)
    {
        string? tag = null;
        while (true)
        {
            var answer = await http.GetConfigAsync(tag, "?waitForChange=30", stop.Token);
            if (answer.Body is { } body)
            {
                seen.Enqueue(body);
                tag = answer.ETag;
            }
        }
    }
}
