using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Lab.ConfigService.Tests.Support;

/// <summary>
/// Sends requests HttpClient cannot (a request target longer than <see cref="Uri"/> allows) over a plain
/// socket, with <c>Connection: close</c>, and reads the whole response.
/// </summary>
internal static class RawHttp
{
    /// <summary>Sends <c>GET <paramref name="target"/></c> with <paramref name="headers"/> and returns the response.</summary>
    public static async Task<RawResponse> GetAsync(Uri baseAddress, string target, IEnumerable<(string Name, string Value)>? headers = null)
    {
        using var deadline = new CancellationTokenSource(ServiceProcess.Deadline);
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"GET {target} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers ?? [])
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append("\r\n");
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port, deadline.Token);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), deadline.Token);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, deadline.Token);
        return Parse(Encoding.UTF8.GetString(received.ToArray()));
    }

    private static RawResponse Parse(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            throw new FormatException($"No end of headers in the response: {text}");
        }

        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon]] = line[(colon + 1)..].Trim();
        }

        var body = text[(end + 4)..];
        var chunked = headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Equals("chunked", StringComparison.OrdinalIgnoreCase);
        return new RawResponse(status, headers, chunked ? Dechunk(body) : body);
    }

    /// <summary>Decodes a chunked body (the body is ASCII JSON here, so characters count as bytes).</summary>
    private static string Dechunk(string body)
    {
        var result = new StringBuilder();
        var position = 0;
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = int.Parse(body.AsSpan(position, lineEnd - position), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return result.ToString();
            }

            result.Append(body, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }
}
