using System.Text.Json;
using Lab.CowStore;

namespace Lab.ConfigService.Configuration;

/// <summary>
/// The one JSON shape of the service, used for the config file, the <c>/config</c> body and the
/// replica's reads: the store's strict rules (camelCase names; unknown members, missing required
/// members, nulls and numeric enum values are errors).
/// </summary>
internal static class ServiceConfigJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = StrictJson.CreateOptions();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
