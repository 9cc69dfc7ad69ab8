using System.Text.Json;

namespace Lab.ConfigService.Tests.Support;

/// <summary>GET /health parsed.</summary>
internal static class HealthHttp
{
    public static async Task<(string Status, string? Reason)> GetHealthAsync(this ServiceProcess service)
    {
        using var response = await service.Http.GetAsync(new Uri("/health", UriKind.Relative));
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reason = health.RootElement.GetProperty("reason");
        return (health.RootElement.GetProperty("status").GetString()!, reason.ValueKind == JsonValueKind.Null ? null : reason.GetString());
    }
}
