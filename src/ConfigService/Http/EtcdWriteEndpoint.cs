using System.Globalization;
using Lab.ConfigService.Configuration;
using Lab.ConfigService.Etcd;
using Lab.ConfigService.Snapshots;
using Lab.CowStore;
using Lab.CowStore.Etcd;

namespace Lab.ConfigService.Http;

/// <summary>
/// Etcd mode's write path, <c>PUT /config?revision=&lt;r&gt;</c>: the body (a configuration, strict JSON) is
/// validated with the store's rules, then written to the key in one etcd transaction only if the key's
/// mod revision is still <c>r</c> (the version part of the ETag the client read), so of two writers that
/// read the same revision exactly one wins and the other gets 409 with the current revision. The answer
/// waits briefly until this instance serves the write (read-your-writes for the writer), through the
/// same watch every instance uses.
/// </summary>
internal static class EtcdWriteEndpoint
{
    private const string revisionParameter = "revision";

    /// <summary>How long a successful write waits for this instance's watch to deliver it.</summary>
    private static readonly TimeSpan servedWait = TimeSpan.FromSeconds(10);

    public static void MapEtcdWriteEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("/config", PutConfigAsync);

    private static async Task<IResult> PutConfigAsync(HttpContext context, ConfigHost host, EtcdFollower follower, IHostApplicationLifetime lifetime)
    {
        if (CheckQuery(context.Request.Query, out var expected) is { } badQuery)
        {
            return badQuery;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        ServiceConfig config;
        try
        {
            config = StrictJson.Deserialize<ServiceConfig>(body.ToArray(), ServiceConfigJson.Options, "request body");
        }
        catch (SnapshotSourceException ex)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid configuration", ex.Message);
        }

        if (ServiceConfigRules.Check(config) is { Count: > 0 } errors)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "Configuration rejected", string.Join("; ", errors));
        }

        EtcdWriteResult result;
        try
        {
            result = await follower.Source.CompareAndSetAsync(expected, config, context.RequestAborted);
        }
        catch (EtcdUnavailableException ex)
        {
            context.Response.Headers.RetryAfter = "1";
            return Problem(StatusCodes.Status503ServiceUnavailable, "etcd unavailable", $"{ex.Message} The write may or may not have happened: read /config before retrying.");
        }

        if (!result.IsWritten)
        {
            return Problem(StatusCodes.Status409Conflict, "Revision conflict", string.Create(CultureInfo.InvariantCulture,
                $"The key's mod revision is {result.ModRevision}, not {expected}: someone else wrote it first. Read /config and retry with revision={result.ModRevision}."));
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var served = await host.WaitForNewerAsync(result.ModRevision - 1, servedWait, stop.Token);
        context.Response.Headers.ETag = new ConfigEntityTag(ConfigEntityTag.EtcdLineage, result.ModRevision).ToString();
        return Results.Json(new EtcdWriteResponse(result.ModRevision, served is not null), ServiceConfigJson.Options);
    }

    private static IResult? CheckQuery(IQueryCollection query, out long revision)
    {
        revision = 0;
        foreach (var key in query.Keys)
        {
            if (key != revisionParameter)
            {
                return Problem(StatusCodes.Status400BadRequest, "Invalid request", $"Unknown query parameter '{key}'. PUT /config accepts only '{revisionParameter}'.");
            }
        }

        var values = query[revisionParameter];
        if (values.Count != 1 || !long.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out revision))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid request",
                $"PUT /config needs '{revisionParameter}=<mod revision>' once: the version part of the ETag the change is based on (0 when the key does not exist); got '{values}'.");
        }

        return null;
    }

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
