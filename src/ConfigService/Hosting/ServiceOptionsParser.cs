using System.Globalization;

namespace Lab.ConfigService.Hosting;

/// <summary>Parses the command line into <see cref="ServiceOptions"/>; every mistake is named in the error.</summary>
internal static class ServiceOptionsParser
{
    private static readonly TimeSpan minBackoffCap = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan maxBackoffCap = TimeSpan.FromMinutes(5);

    /// <summary>Parses <paramref name="args"/>; returns false with a message naming the first problem.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out ServiceOptions options, out string error)
    {
        options = new ServiceOptions();
        error = string.Empty;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "--help" or "-h":
                    options = options with { ShowHelp = true };
                    return true;
                case "--watch":
                    options = options with { Watch = true };
                    break;
                case "--json-logs":
                    options = options with { JsonLogs = true };
                    break;
                case "--config":
                    if (!TryValue(args, ref i, out var path, out error))
                    {
                        return false;
                    }

                    options = options with { ConfigPath = path };
                    break;
                case "--urls":
                    if (!TryValue(args, ref i, out var urls, out error))
                    {
                        return false;
                    }

                    if (InvalidUrl(urls) is { } invalid)
                    {
                        error = $"--urls: '{invalid}' is not a listen address such as http://127.0.0.1:5080.";
                        return false;
                    }

                    options = options with { Urls = urls };
                    break;
                case "--replica-of":
                    if (!TryValue(args, ref i, out var origin, out error))
                    {
                        return false;
                    }

                    if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    {
                        error = $"--replica-of: '{origin}' is not an absolute http:// or https:// URL.";
                        return false;
                    }

                    options = options with { ReplicaOf = uri };
                    break;
                case "--max-backoff":
                    if (!TryValue(args, ref i, out var text, out error))
                    {
                        return false;
                    }

                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                        || !double.IsFinite(seconds)
                        || TimeSpan.FromSeconds(seconds) < minBackoffCap
                        || TimeSpan.FromSeconds(seconds) > maxBackoffCap)
                    {
                        error = $"--max-backoff: '{text}' is not a number of seconds between {minBackoffCap.TotalSeconds} and {maxBackoffCap.TotalSeconds}.";
                        return false;
                    }

                    options = options with { MaxBackoff = TimeSpan.FromSeconds(seconds) };
                    break;
                default:
                    error = $"Unknown argument '{name}'. Run with --help for the usage.";
                    return false;
            }
        }

        return Check(options, out error);
    }

    private static bool Check(ServiceOptions options, out string error)
    {
        error = (options.ConfigPath, options.ReplicaOf) switch
        {
            (null, null) => "Give either --config <file.json> (origin) or --replica-of <url> (replica). Run with --help for the usage.",
            (not null, not null) => "--config and --replica-of exclude each other: a process either serves a file or mirrors another instance.",
            (null, not null) when options.Watch => "--watch needs --config: a replica has no file to watch.",
            _ => string.Empty,
        };
        return error.Length == 0;
    }

    /// <summary>The first of the ';'-separated addresses Kestrel would refuse (not an http or https URL), or null when all are fine.</summary>
    private static string? InvalidUrl(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                if (BindingAddress.Parse(url).Scheme is not ("http" or "https"))
                {
                    return url;
                }
            }
            catch (FormatException)
            {
                return url;
            }
        }

        return null;
    }

    private static bool TryValue(IReadOnlyList<string> args, ref int i, out string value, out string error)
    {
        var name = args[i];
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal) || args[i + 1].Length == 0)
        {
            value = string.Empty;
            error = $"{name} needs a value.";
            return false;
        }

        i++;
        value = args[i];
        error = string.Empty;
        return true;
    }
}
