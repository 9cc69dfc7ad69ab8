using System.Globalization;
using Lab.ConfigService.Configuration;
using Lab.ConfigService.Etcd;
using Lab.ConfigService.Snapshots;
using Lab.CowStore;
using Microsoft.Extensions.Primitives;

namespace Lab.ConfigService.Http;

/// <summary><c>GET /config</c> (conditional, long-polling) and <c>GET /health</c>.</summary>
internal static class ConfigEndpoints
{
    /// <summary>The longest <c>waitForChange</c> a request may ask for, in seconds.</summary>
    public const int MaxWaitSeconds = 60;

    private const string waitParameter = "waitForChange";

    public static void MapConfigEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/config", GetConfigAsync);
        endpoints.MapGet("/health", GetHealth);
    }

    /// <summary>
    /// Answers the current snapshot with its ETag, or 304 when <c>If-None-Match</c> names it. With
    /// <c>waitForChange</c>, first waits (up to that many seconds) until a version newer than the one the
    /// client names (or, without <c>If-None-Match</c>, newer than the current one) is published; a client
    /// whose tag names no version of this process is answered at once.
    /// </summary>
    private static async Task<IResult> GetConfigAsync(HttpContext context, ConfigHost host, IHostApplicationLifetime lifetime)
    {
        if (CheckQuery(context.Request.Query, out var wait) is { } problem)
        {
            return problem;
        }

        var conditional = ConditionalRequest.Parse(context.Request.Headers.IfNoneMatch, host.TagLineage);
        var current = host.Current;
        if (wait > TimeSpan.Zero && WaitBaseline(current is null ? null : host.TagOf(current).Version, conditional) is { } baseline)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            try
            {
                current = await host.WaitForNewerAsync(baseline, wait, stop.Token) ?? host.Current;
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Shutting down: end the long poll with what is current, as if the wait had timed out.
                current = host.Current;
            }
        }

        if (current is null)
        {
            context.Response.Headers.RetryAfter = "1";
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "No snapshot yet",
                detail: "This replica has not copied a snapshot from its origin yet.");
        }

        var tag = host.TagOf(current);
        context.Response.Headers.ETag = tag.ToString();
        context.Response.Headers.CacheControl = "no-cache";
        return conditional.Matches(tag.Version)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Json(ToResponse(host.Instance, current), ServiceConfigJson.Options);
    }

    /// <summary>
    /// 200 with the serving version while a snapshot exists ("degraded" with the reason in etcd mode while
    /// the snapshot may be older than etcd's: the instance still serves, so it stays 200); 503 before the first one.
    /// </summary>
    private static IResult GetHealth(ConfigHost host, IServiceProvider services)
    {
        var current = host.Current;
        if (current is null)
        {
            return Results.Json(new HealthResponse("waiting", host.Instance, null, null, null), ServiceConfigJson.Options, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var degraded = services.GetService<EtcdFollower>()?.DegradedReason;
        return Results.Json(new HealthResponse(degraded is null ? "serving" : "degraded", host.Instance, current.Version, Math.Round(current.Age.TotalSeconds, 3), degraded), ServiceConfigJson.Options);
    }

    public static ConfigResponse ToResponse(string instance, Snapshot<ConfigDocument> snapshot) =>
        new(instance, snapshot.Version, snapshot.PublishedAt, snapshot.Value.Origin, snapshot.Value.Etcd, snapshot.Value.Config);

    /// <summary>
    /// The ETag version to wait past, or null to answer at once: with no snapshot yet, any first one; with no
    /// tag or <c>*</c>, the current one; with a tag of this process (in etcd mode: of any process serving
    /// the key) at least as new as the current one, that one. A stale or foreign tag is answered at once:
    /// the client is behind already.
    /// </summary>
    private static long? WaitBaseline(long? current, ConditionalRequest conditional)
    {
        if (current is not { } version)
        {
            return 0;
        }

        if (!conditional.Present || conditional.MatchesAny)
        {
            return version;
        }

        return conditional.KnownVersion is { } known && known >= version ? known : null;
    }

    private static IResult? CheckQuery(IQueryCollection query, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        foreach (var key in query.Keys)
        {
            if (key != waitParameter)
            {
                return BadRequest($"Unknown query parameter '{key}'. /config accepts only '{waitParameter}'.");
            }
        }

        if (!query.TryGetValue(waitParameter, out StringValues values))
        {
            return null;
        }

        if (values.Count != 1)
        {
            return BadRequest($"'{waitParameter}' is given {values.Count} times; give it once.");
        }

        var text = values[0];
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxWaitSeconds)
        {
            return BadRequest($"'{waitParameter}' must be a whole number of seconds from 0 to {MaxWaitSeconds}; got '{text}'.");
        }

        wait = TimeSpan.FromSeconds(seconds);
        return null;
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);
}
