using System.Net;
using System.Text.Json;
using Lab.ConfigService.Configuration;
using Lab.ConfigService.Http;

namespace Lab.ConfigService.Tests.Support;

/// <summary>Client side of <c>/config</c>, parsed with the service's own strict JSON rules.</summary>
internal static class ConfigHttp
{
    public static async Task<ConfigAnswer> GetConfigAsync(this HttpClient http, string? ifNoneMatch = null, string? query = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/config" + query);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var etag = response.Headers.ETag?.ToString();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return new ConfigAnswer(response.StatusCode, etag, null);
        }

        var body = JsonSerializer.Deserialize<ConfigResponse>(await response.Content.ReadAsStreamAsync(cancellationToken), ServiceConfigJson.Options);
        return new ConfigAnswer(response.StatusCode, etag, body);
    }

    /// <summary>
    /// Long-polls until a snapshot satisfies <paramref name="condition"/>: each request waits on the
    /// server until the version changes, so this loop neither sleeps nor spins. The deadline only guards
    /// against a hang.
    /// </summary>
    public static async Task<ConfigResponse> WaitForConfigAsync(this HttpClient http, Func<ConfigResponse, bool> condition)
    {
        using var deadline = new CancellationTokenSource(ServiceProcess.Deadline);
        string? tag = null;
        ConfigResponse? last = null;
        var first = true;
        while (true)
        {
            // The first request asks for the current snapshot; later ones wait for a newer one than the
            // last seen (or, on a replica that answered 503, for its first snapshot).
            var answer = await http.GetConfigAsync(tag, first ? null : "?waitForChange=30").WaitAsync(deadline.Token);
            first = false;
            if (answer.Body is { } body)
            {
                last = body;
                tag = answer.ETag;
                if (condition(body))
                {
                    return body;
                }
            }
            else if (answer.Status != HttpStatusCode.NotModified && !(answer.Status == HttpStatusCode.ServiceUnavailable && tag is null))
            {
                throw new InvalidOperationException($"GET /config answered {answer.Status}; last snapshot: {last}");
            }
        }
    }
}
