using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Lab.ConfigService.Http;

/// <summary>
/// The request size limits, checked by the application so that an oversized request is answered with a
/// problem+json body like every other error. Kestrel answers a request over its own limits itself, before
/// any middleware runs, with an empty body; so Kestrel's limits are raised to <see cref="KestrelCeiling"/>
/// and these (Kestrel's defaults) are enforced here. Above the ceiling Kestrel still answers 414/431 with
/// an empty body: that bound keeps what one connection may make the server buffer where Kestrel's
/// default request buffer already keeps it.
/// </summary>
internal static class RequestLimits
{
    /// <summary>Longest request line (method, target, protocol, CRLF), in bytes; 414 above it.</summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <summary>Largest total of the header lines (name, ": ", value, CRLF), in bytes; 431 above it.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>Most header fields in one request; 431 above it.</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>Kestrel's own limits of the request line and of the header total: its default request buffer size, 1 MiB.</summary>
    public const int KestrelCeiling = 1024 * 1024;

    /// <summary>Kestrel's own limit of the header count.</summary>
    public const int KestrelHeaderCountCeiling = 10 * MaxHeaderCount;

    /// <summary>Raises Kestrel's limits above the application's, so the application sees oversized requests first.</summary>
    public static void RaiseKestrelLimits(KestrelServerLimits limits)
    {
        limits.MaxRequestLineSize = KestrelCeiling;
        limits.MaxRequestHeadersTotalSize = KestrelCeiling;
        limits.MaxRequestHeaderCount = KestrelHeaderCountCeiling;
        limits.MaxRequestBufferSize = Math.Max(limits.MaxRequestBufferSize ?? 0, KestrelCeiling);
    }

    /// <summary>Answers an oversized request with a 414 or 431 problem; passes every other request on.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (Check(context) is { } problem)
            {
                await problem.ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    /// <summary>The problem of an oversized request, or null when the request is within every limit.</summary>
    public static IResult? Check(HttpContext context)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var lineBytes = request.Method.Length + 1 + target.Length + 1 + request.Protocol.Length + 2;
        if (lineBytes > MaxRequestLineBytes)
        {
            return Problem(StatusCodes.Status414UriTooLong, "URI Too Long", $"The request line is {lineBytes} bytes; this service accepts at most {MaxRequestLineBytes}.");
        }

        var count = 0;
        var headerBytes = 0;
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                count++;
                headerBytes += name.Length + 2 + (value?.Length ?? 0) + 2;
            }
        }

        if (count > MaxHeaderCount)
        {
            return Problem(StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request Header Fields Too Large", $"The request has {count} header fields; this service accepts at most {MaxHeaderCount}.");
        }

        return headerBytes > MaxHeaderBytes
            ? Problem(StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request Header Fields Too Large", $"The request headers are {headerBytes} bytes; this service accepts at most {MaxHeaderBytes}.")
            : null;
    }

    private static IResult Problem(int status, string title, FormattableString detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail.ToString(CultureInfo.InvariantCulture));
}
