using System.Globalization;

namespace Lab.ConfigService.Http;

/// <summary>
/// The strong ETag of a snapshot: <c>"&lt;instance&gt;.&lt;version&gt;"</c>. The instance part makes tags of
/// different processes (or of one process before and after a restart) never match.
/// </summary>
/// <param name="Instance">The serving process's instance id.</param>
/// <param name="Version">The snapshot's version in that process.</param>
internal readonly record struct ConfigEntityTag(string Instance, long Version)
{
    /// <summary>The header value, quotes included.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"\"{Instance}.{Version}\"");

    /// <summary>Parses one entity tag (quoted, optionally <c>W/</c>-prefixed); false when it is not one of ours.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ConfigEntityTag tag)
    {
        tag = default;
        text = text.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            return false;
        }

        text = text[1..^1];
        var dot = text.LastIndexOf('.');
        if (dot <= 0 || !long.TryParse(text[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        tag = new ConfigEntityTag(text[..dot].ToString(), version);
        return true;
    }
}
