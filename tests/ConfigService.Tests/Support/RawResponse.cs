namespace Lab.ConfigService.Tests.Support;

/// <summary>An HTTP/1.1 response read off a socket: status, headers (names case-insensitive), decoded body.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The media type of <c>Content-Type</c>, without parameters; null when absent.</summary>
    public string? MediaType => Headers.TryGetValue("Content-Type", out var type) ? type.Split(';')[0].Trim() : null;
}
