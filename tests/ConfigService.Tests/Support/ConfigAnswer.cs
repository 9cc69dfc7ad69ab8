using System.Net;
using Lab.ConfigService.Http;

namespace Lab.ConfigService.Tests.Support;

/// <summary>One answer of <c>GET /config</c>: status, ETag, and the body when there is one.</summary>
internal sealed record ConfigAnswer(HttpStatusCode Status, string? ETag, ConfigResponse? Body);
