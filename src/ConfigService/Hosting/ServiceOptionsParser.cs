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
                case "--etcd":
                    if (!TryValue(args, ref i, out var etcd, out error))
                    {
                        return false;
                    }

                    if (!Uri.TryCreate(etcd, UriKind.Absolute, out var etcdUri) || etcdUri.Scheme != Uri.UriSchemeHttp || etcdUri.IsDefaultPort || etcdUri.AbsolutePath != "/")
                    {
                        error = $"--etcd: '{etcd}' is not an etcd client URL such as http://127.0.0.1:2379.";
                        return false;
                    }

                    options = options with { Etcd = etcdUri };
                    break;
                case "--etcd-key":
                    if (!TryValue(args, ref i, out var key, out error))
                    {
                        return false;
                    }

                    options = options with { EtcdKey = key };
                    break;
                case "--checkpoint":
                    if (!TryValue(args, ref i, out var checkpoint, out error))
                    {
                        return false;
                    }

                    options = options with { CheckpointPath = checkpoint };
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
        var modes = (options.ConfigPath is null ? 0 : 1) + (options.ReplicaOf is null ? 0 : 1) + (options.Etcd is null ? 0 : 1);
        error = modes switch
        {
            0 => "Give either --config <file.json> (origin), --replica-of <url> (replica) or --etcd <url> --etcd-key <key> (etcd). Run with --help for the usage.",
            > 1 => "--config, --replica-of and --etcd exclude each other: a process serves a file, mirrors another instance or follows etcd.",
            _ when options.Watch && options.ConfigPath is null => "--watch needs --config: only a file can be watched.",
            _ when options.Etcd is not null && options.EtcdKey is null => "--etcd needs --etcd-key <key>: the key holding the configuration.",
            _ when options.Etcd is null && options.EtcdKey is not null => "--etcd-key needs --etcd <url>.",
            _ when options.Etcd is null && options.CheckpointPath is not null => "--checkpoint needs --etcd: only etcd mode keeps a checkpoint.",
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
