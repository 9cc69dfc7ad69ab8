using System.Globalization;
using Lab.ConfigService.Snapshots;

namespace Lab.ConfigService.Http;

/// <summary>
/// The strong ETag of a snapshot: <c>"&lt;instance&gt;.&lt;version&gt;"</c>. The instance part makes tags of
/// different processes (or of one process before and after a restart) never match. In etcd mode the tag
/// is <c>"etcd.&lt;mod revision&gt;"</c> instead: the same in every process serving the key, so a client may
/// send the tag it got from one instance to another (which answers 304 once it serves that revision).
/// </summary>
/// <param name="Instance">The serving process's instance id.</param>
/// <param name="Version">The snapshot's version in that process.</param>
internal readonly record struct ConfigEntityTag(string Instance, long Version)
{
    /// <summary>The instance part of every etcd-mode tag.</summary>
    public const string EtcdLineage = "etcd";

    /// <summary>The tag of a snapshot: by etcd mod revision when it came from etcd, else by the process's instance and version.</summary>
    public static ConfigEntityTag For(string instance, long version, EtcdPosition? etcd) =>
        etcd is null ? new ConfigEntityTag(instance, version) : new ConfigEntityTag(EtcdLineage, etcd.ModRevision);

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
