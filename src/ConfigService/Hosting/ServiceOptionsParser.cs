using System.Globalization;
using Lab.CommandLine;

namespace Lab.ConfigService.Hosting;

/// <summary>The service's command line (its option table) into <see cref="ServiceOptions"/>; every mistake is named in the error.</summary>
internal static class ServiceOptionsParser
{
    private static readonly TimeSpan minBackoffCap = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan maxBackoffCap = TimeSpan.FromMinutes(5);

    public static readonly ValueOption<string> Config = new("--config", "<path>", """
        JSON file to serve (origin mode). Reloaded on SIGHUP; a file that does
        not parse or validate is rejected and the old snapshot keeps serving;
        an unchanged value publishes nothing.
        """, ValueParsers.Text);

    public static readonly Flag Watch = new("--watch", "Also reload when the file changes on disk (origin mode only).");

    public static readonly ValueOption<Uri> ReplicaOf = new("--replica-of", "<url>", """
        Base URL of another instance to mirror (replica mode): long-polls its
        /config with If-None-Match and republishes every newer snapshot.
        """, ValueParsers.Of("an absolute http:// or https:// URL", text => Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null));

    public static readonly ValueOption<TimeSpan> MaxBackoff = new("--max-backoff", "<seconds>", """
        Cap of the replica's exponential retry delay while the origin is
        unreachable (default 10, range 0.1-300).
        """, ValueParsers.Of<TimeSpan>(
            string.Create(CultureInfo.InvariantCulture, $"a number of seconds between {minBackoffCap.TotalSeconds} and {maxBackoffCap.TotalSeconds}"),
            text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds)
                && TimeSpan.FromSeconds(seconds) >= minBackoffCap && TimeSpan.FromSeconds(seconds) <= maxBackoffCap
                ? TimeSpan.FromSeconds(seconds)
                : null));

    public static readonly ValueOption<Uri> Etcd = new("--etcd", "<url>", """
        etcd client URL (etcd mode): serves the key given by --etcd-key, watches
        it and publishes every put; a value that does not parse or validate is
        rejected and the old snapshot keeps serving; so does a deleted key.
        While etcd is unreachable the last good snapshot keeps serving.
        """, ValueParsers.Of("an etcd client URL such as http://127.0.0.1:2379", text => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && !uri.IsDefaultPort && uri.AbsolutePath == "/" ? uri : null));

    public static readonly ValueOption<string> EtcdKey = new("--etcd-key", "<key>", "The etcd key holding the configuration as JSON (etcd mode).", ValueParsers.Text);

    public static readonly ValueOption<string> Checkpoint = new("--checkpoint", "<file>", """
        Saves every published snapshot to <file> (etcd mode) and starts from it
        when etcd is unreachable at start or the key is unusable.
        """, ValueParsers.Text);

    public static readonly ValueOption<string> Urls = new(
        "--urls",
        "<url>[;<url>]",
        "Addresses to listen on (default http://127.0.0.1:5080; port 0 picks a free port).",
        ValueParsers.Of("a listen address such as http://127.0.0.1:5080", text => IsListenAddress(text) ? text : null).List(';').Select(urls => string.Join(';', urls)));

    public static readonly Flag JsonLogs = new("--json-logs", """
        Write logs as JSON lines (every message template property a field)
        instead of one human-readable line per entry.
        """);

    public static Command Command { get; } = new("Lab.ConfigService", """
        Lab.ConfigService: serves a typed configuration snapshot over HTTP, reloads it on SIGHUP,
        exports Prometheus metrics, and can mirror another instance.
        """)
    {
        Usage =
        [
            "dotnet Lab.ConfigService.dll --config <file.json> [--watch] [--urls <url>] [--json-logs]",
            "dotnet Lab.ConfigService.dll --replica-of <http://host:port> [--max-backoff <seconds>] [--urls <url>] [--json-logs]",
            "dotnet Lab.ConfigService.dll --etcd <http://host:port> --etcd-key <key> [--checkpoint <file>] [--urls <url>] [--json-logs]",
        ],
        Options = [Config, Watch, ReplicaOf, MaxBackoff, Etcd, EtcdKey, Checkpoint, Urls, JsonLogs],
        Notes = """
            Endpoints:
              GET /config                      snapshot as JSON, version in a strong ETag; If-None-Match -> 304
              GET /config?waitForChange=<s>    long-polls up to <s> seconds (0-60) for a newer version
              PUT /config?revision=<r>         etcd mode: writes the body to the key if its mod revision is
                                               still <r> (409 otherwise); answers once this instance serves it
              GET /metrics                     Prometheus text: config_version, config_age_seconds,
                                               config_updates_total, config_reload_failures_total,
                                               config_reloads_unchanged_total
              GET /health                      200 while a snapshot is serving ("degraded" with a reason in etcd
                                               mode when the snapshot may be older than etcd's), 503 before the first one

            Other methods answer 405 (Allow: GET); errors are application/problem+json.

            Exit codes: 0 after a clean shutdown, 1 when the service cannot start (the initial config file is
            unusable; etcd is unreachable or its key unusable and no checkpoint exists; an address is in use
            or cannot be bound), 2 for bad arguments.
            """,
    };

    /// <summary>Parses <paramref name="args"/>; returns false with a message naming the first problem.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out ServiceOptions options, out string error)
    {
        options = new ServiceOptions();
        error = string.Empty;
        ParseResult parsed;
        try
        {
            parsed = Command.Parse(args);
        }
        catch (UsageException exception)
        {
            error = exception.Message;
            return false;
        }

        if (parsed.HelpRequested)
        {
            options = options with { ShowHelp = true };
            return true;
        }

        options = new ServiceOptions
        {
            ConfigPath = parsed.Get(Config),
            Watch = parsed.Has(Watch),
            ReplicaOf = parsed.Get(ReplicaOf),
            Etcd = parsed.Get(Etcd),
            EtcdKey = parsed.Get(EtcdKey),
            CheckpointPath = parsed.Get(Checkpoint),
            MaxBackoff = parsed.Get(MaxBackoff, ServiceOptions.DefaultMaxBackoff),
            Urls = parsed.Get(Urls) ?? ServiceOptions.DefaultUrls,
            JsonLogs = parsed.Has(JsonLogs),
        };
        return Check(options, out error);
    }

    private static bool Check(ServiceOptions options, out string error)
    {
        var modes = (options.ConfigPath is null ? 0 : 1) + (options.ReplicaOf is null ? 0 : 1) + (options.Etcd is null ? 0 : 1);
        error = modes switch
        {
            0 => "Give either --config <file.json> (origin), --replica-of <url> (replica) or --etcd <url> --etcd-key <key> (etcd)",
            > 1 => "--config, --replica-of and --etcd exclude each other: a process serves a file, mirrors another instance or follows etcd",
            _ when options.Watch && options.ConfigPath is null => "--watch needs --config: only a file can be watched",
            _ when options.Etcd is not null && options.EtcdKey is null => "--etcd needs --etcd-key <key>: the key holding the configuration",
            _ when options.Etcd is null && options.EtcdKey is not null => "--etcd-key needs --etcd <url>",
            _ when options.Etcd is null && options.CheckpointPath is not null => "--checkpoint needs --etcd: only etcd mode keeps a checkpoint",
            _ => string.Empty,
        };
        return error.Length == 0;
    }

    /// <summary>True when Kestrel would accept <paramref name="url"/> as an http or https listen address.</summary>
    private static bool IsListenAddress(string url)
    {
        try
        {
            return BindingAddress.Parse(url).Scheme is "http" or "https";
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
