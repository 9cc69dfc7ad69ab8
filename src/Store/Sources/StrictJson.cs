using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lab.CowStore;

/// <summary>
/// The strict <see cref="JsonSerializerOptions"/> the store's JSON file source and checkpoints use by
/// default, and the translation of <see cref="JsonException"/> into a message with line and position.
/// </summary>
public static class StrictJson
{
    /// <summary>
    /// Creates strict options: unknown members are errors (<see cref="JsonUnmappedMemberHandling.Disallow"/>),
    /// null for a non-nullable member is an error, missing constructor parameters are errors, no comments,
    /// no trailing commas, numbers must be numbers. camelCase names, enums as names.
    /// </summary>
    /// <returns>A new, mutable options instance.</returns>
    public static JsonSerializerOptions CreateOptions() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>Deserializes <paramref name="utf8Json"/>; any failure becomes a <see cref="SnapshotSourceException"/> naming <paramref name="sourceName"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Serializer options.</param>
    /// <param name="sourceName">The file or source name for the message.</param>
    /// <returns>The value, never null.</returns>
    /// <exception cref="SnapshotSourceException">Invalid JSON, wrong types, unknown or missing members, or a null document.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonSerializerOptions options, string sourceName)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(utf8Json, options)
                ?? throw new SnapshotSourceException($"{sourceName}: the document is null");
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber + 1;
            var position = ex.BytePositionInLine + 1;
            var where = line is null ? sourceName : $"{sourceName}: line {line}, byte {position}";
            var path = string.IsNullOrEmpty(ex.Path) ? string.Empty : $" (at {ex.Path})";
            throw new SnapshotSourceException($"{where}{path}: {WithoutPositionSuffix(ex.Message)}", ex)
            {
                Line = line,
                BytePositionInLine = position,
            };
        }
    }

    /// <summary>System.Text.Json appends " Path: ... | LineNumber: ..." (0-based) to its messages; the store reports 1-based positions itself.</summary>
    private static string WithoutPositionSuffix(string message)
    {
        var suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix < 0)
        {
            suffix = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return suffix < 0 ? message : message[..suffix];
    }
}
