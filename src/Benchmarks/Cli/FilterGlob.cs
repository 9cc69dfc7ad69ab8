namespace Lab.Benchmarks.Cli;

/// <summary>
/// Recognizes a <c>--filter *</c> that the shell expanded before the app saw it: an unquoted <c>*</c>
/// becomes the names of the current folder's entries (<c>--filter Cli Columns ... bin obj</c>), which
/// match no benchmark. BenchmarkDotNet's documentation writes the filter unquoted, so this is the
/// common case and is undone rather than rejected.
/// </summary>
internal static class FilterGlob
{
    /// <summary>How to write a filter so the shell passes it through.</summary>
    public const string QuotingHint = "quote the filter so the shell does not expand it: --filter '*' or --filter '*cow*'";

    /// <summary>The values of every <c>--filter</c>/<c>-f</c> option: the arguments after it up to the next option, or after <c>=</c>.</summary>
    public static IReadOnlyList<string> FilterValues(IReadOnlyList<string> args)
    {
        var values = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--filter=", StringComparison.Ordinal))
            {
                values.Add(args[i]["--filter=".Length..]);
            }
            else if (args[i] is "--filter" or "-f")
            {
                for (; i + 1 < args.Count && !args[i + 1].StartsWith('-'); i++)
                {
                    values.Add(args[i + 1]);
                }
            }
        }

        return values;
    }

    /// <summary>
    /// True when there is at least one filter value and every one names an entry (file or folder) of
    /// <paramref name="directory"/>: what an unquoted <c>*</c> expands to.
    /// </summary>
    public static bool LooksExpanded(IReadOnlyList<string> args, string directory)
    {
        var values = FilterValues(args);
        return values.Count > 0 && values.All(value =>
            value.Length > 0 && value.IndexOfAny(['/', '\\', '*', '?']) < 0
            && (File.Exists(Path.Combine(directory, value)) || Directory.Exists(Path.Combine(directory, value))));
    }

    /// <summary>The arguments with every filter's values replaced by the single <c>*</c> they were expanded from.</summary>
    public static string[] Unexpand(IReadOnlyList<string> args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--filter=", StringComparison.Ordinal))
            {
                result.Add("--filter=*");
            }
            else if (args[i] is "--filter" or "-f")
            {
                result.Add(args[i]);
                result.Add("*");
                while (i + 1 < args.Count && !args[i + 1].StartsWith('-'))
                {
                    i++;
                }
            }
            else
            {
                result.Add(args[i]);
            }
        }

        return [.. result];
    }
}
