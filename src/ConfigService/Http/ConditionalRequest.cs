namespace Lab.ConfigService.Http;

/// <summary>
/// What an <c>If-None-Match</c> header says about the client's copy, relative to this process.
/// </summary>
/// <param name="Present">True when the header was sent.</param>
/// <param name="MatchesAny">True for <c>*</c>: any current snapshot matches.</param>
/// <param name="KnownVersion">The highest version of this process the client names; null when it names none.</param>
internal readonly record struct ConditionalRequest(bool Present, bool MatchesAny, long? KnownVersion)
{
    /// <summary>Reads the comma-separated list of tags; tags of other processes and malformed tags match nothing.</summary>
    public static ConditionalRequest Parse(IEnumerable<string?> headerValues, string instance)
    {
        var present = false;
        var any = false;
        long? known = null;
        foreach (var value in headerValues)
        {
            if (value is null)
            {
                continue;
            }

            present = true;
            foreach (var range in value.AsSpan().Split(','))
            {
                var item = value.AsSpan()[range].Trim();
                if (item is "*")
                {
                    any = true;
                }
                else if (ConfigEntityTag.TryParse(item, out var tag) && tag.Instance == instance)
                {
                    known = Math.Max(known ?? tag.Version, tag.Version);
                }
            }
        }

        return new ConditionalRequest(present, any, known);
    }

    /// <summary>True when the client already has <paramref name="version"/>: the answer is 304.</summary>
    public bool Matches(long version) => MatchesAny || KnownVersion == version;
}
